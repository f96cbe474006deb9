'use strict';
// process.exit(3) ends the process with status 3 at once; 'exit' listeners see the code and the
// rest of the script does not run (see test-process-exit-code-argument.status).

const assert = require('assert');

let exitCalls = 0;
process.on('exit', (code) => {
  exitCalls++;
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 3);
  assert.strictEqual(exitCalls, 1);
});
process.exit(3);
assert.fail('not reached');
