'use strict';
// Everything written to stdout (console.log and process.stdout.write) just before
// process.exit() reaches the output (golden stdout), including a large write.

for (let i = 0; i < 200; i++) console.log(`line ${i} ${'x'.repeat(60)}`);
process.stdout.write(`${'y'.repeat(100000)}\n`);
process.stdout.write('last line, no newline');
process.exit();
