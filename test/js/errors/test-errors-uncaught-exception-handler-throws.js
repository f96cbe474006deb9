'use strict';
// An error thrown inside the 'uncaughtException' handler itself is fatal: the process ends at once
// with status 7 (.status), without emitting 'exit' and without running pending timers (golden
// stdout). What it prints is pinned by test-errors-uncaught-exception-handler-throws-report.js.

process.on('exit', () => console.log('exit: must not be emitted'));
process.on('uncaughtException', (err) => {
  console.log(`handler got: ${err.message}`);
  throw new Error('handler boom');
});
setTimeout(() => console.log('timer: must not run'), 1);
console.log('main');
throw new Error('first boom');
