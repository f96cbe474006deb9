'use strict';
// Setting process.exitCode inside an 'exit' listener changes the final status (6, see .status);
// later listeners still get the original code argument but see the new process.exitCode.

const assert = require('assert');

let second = 0;
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  process.exitCode = 6;
});
process.on('exit', (code) => {
  second++;
  assert.strictEqual(code, 0);
  assert.strictEqual(process.exitCode, 6);
});
process.on('exit', () => assert.strictEqual(second, 1));
