'use strict';
// Writing to the stdin of a child that closed it: an EPIPE 'error' on child.stdin (not a crash,
// not a SIGPIPE death), and the child's 'exit'/'close' still come.
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('/bin/sh', ['-c', 'exec 0<&-; sleep 0.3']);
let error = null;
child.stdin.on('error', (err) => { error = err; });
setTimeout(() => {
  child.stdin.write(Buffer.alloc(256 * 1024));
}, 100);
let closed = false;
child.on('close', (code) => {
  assert.strictEqual(code, 0);
  closed = true;
});
process.on('exit', () => {
  assert.ok(closed);
  assert.ok(error, 'expected an error on stdin');
  assert.strictEqual(error.code, 'EPIPE');
  assert.strictEqual(error.syscall, 'write');
});
