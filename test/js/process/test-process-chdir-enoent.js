'use strict';
// process.chdir to a missing directory throws a system error with Node's shape: code, errno,
// syscall 'chdir', path = the current directory, dest = the target. (The message is pinned by
// test-process-chdir-enoent-message.js.)

const assert = require('assert');

const cwd = process.cwd();
const target = '/tide-test-no-such-directory';
let err;
try {
  process.chdir(target);
} catch (e) {
  err = e;
}
assert.ok(err instanceof Error);
assert.strictEqual(err.code, 'ENOENT');
assert.strictEqual(err.errno, -2);
assert.strictEqual(err.syscall, 'chdir');
assert.strictEqual(err.path, cwd);
assert.strictEqual(err.dest, target);
assert.strictEqual(process.cwd(), cwd);
