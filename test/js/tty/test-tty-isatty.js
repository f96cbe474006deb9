'use strict';
// tty.isatty: true only for an integer descriptor that is a terminal; anything else is false,
// never an error. Under the test runner fd 0 is /dev/null and fd 1/2 are files.
const assert = require('assert');
const tty = require('tty');

for (const fd of [0, 1, 2]) assert.strictEqual(tty.isatty(fd), false, `fd ${fd}`);
for (const value of [-1, 1.5, NaN, Infinity, 2 ** 31, '0', null, undefined, {}, 100000]) {
  assert.strictEqual(tty.isatty(value), false, String(value));
}
assert.strictEqual(typeof tty.ReadStream, 'function');
assert.strictEqual(typeof tty.WriteStream, 'function');
assert.strictEqual(require('node:tty'), tty);
