'use strict';
// process.kill(pid, 0) tests for existence and returns true; an unknown signal name or number is
// ERR_UNKNOWN_SIGNAL, a bad pid ERR_INVALID_ARG_TYPE, and a missing process a system error.

const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);

assert.throws(() => process.kill(process.pid, 'SIGFOO'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_SIGNAL',
  message: 'Unknown signal: SIGFOO',
});
assert.throws(() => process.kill(process.pid, 1.5), {
  code: 'ERR_UNKNOWN_SIGNAL',
  message: 'Unknown signal: 1.5',
});
assert.throws(() => process.kill('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => process.kill(2 ** 30, 0), {
  name: 'Error',
  code: 'ESRCH',
  errno: -3,
  syscall: 'kill',
  message: 'kill ESRCH',
});
assert.throws(() => process.kill(process.pid, 999), {
  code: 'EINVAL',
  errno: -22,
  syscall: 'kill',
  message: 'kill EINVAL',
});
