'use strict';
// Argument validation of spawn with Node's codes and messages.
const assert = require('assert');
const { spawn } = require('child_process');

assert.throws(() => spawn(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received undefined',
});
assert.throws(() => spawn(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => spawn('/bin/true', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be of type object. Received type number (5)',
});
assert.throws(() => spawn('/bin/true', [], 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/tr\u0000ue'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'file' must be a string without null bytes. Received '/bin/tr\\x00ue'",
});
assert.throws(() => spawn('/bin/true', ['ok', 'b\u0000d']), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[1]' must be a string without null bytes. Received 'b\\x00d'",
});
assert.throws(() => spawn('/bin/true', [], { env: { A: 'x\u0000' } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.env['A']' must be a string without null bytes. Received 'x\\x00'",
});
assert.throws(() => spawn('/bin/true', [], { cwd: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { detached: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.detached" property must be of type boolean. ' +
           'Received type string (\'yes\')',
});
assert.throws(() => spawn('/bin/true', [], { uid: 1.5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { gid: 'root' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { shell: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { argv0: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { timeout: -5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "timeout" is out of range. It must be an unsigned integer. Received -5',
});
assert.throws(() => spawn('/bin/true', [], { signal: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('/bin/true', [], { killSignal: 'SIGNOPE' }), {
  code: 'ERR_UNKNOWN_SIGNAL',
});
assert.throws(() => spawn('/bin/true', [], { windowsHide: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// Setting uid to another user needs privileges: EPERM is thrown by spawn (as Node), unless root.
if (process.getuid && process.getuid() !== 0) {
  assert.throws(() => spawn('/bin/true', [], { uid: 0 }), { code: 'EPERM', syscall: 'spawn' });
}

// Arguments that are not strings are passed by their string form, as in Node.
const { spawnSync } = require('child_process');
assert.strictEqual(spawnSync('/bin/echo', [1, true, null], { encoding: 'utf8' }).stdout,
                   '1 true null\n');
assert.throws(() => spawnSync('/bin/echo', [Symbol('s')]), { name: 'TypeError' });
assert.throws(() => spawn('/bin/echo', [Symbol('s')]), { name: 'TypeError' });
