'use strict';
// The message of a failed process.chdir quotes both directories, as every Node system error with
// a path and a destination does: "ENOENT: no such file or directory, chdir '<cwd>' -> '<target>'".

const assert = require('assert');

const cwd = process.cwd();
assert.throws(() => process.chdir('/tide-test-no-such-directory'), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, chdir '${cwd}' -> '/tide-test-no-such-directory'`,
});
