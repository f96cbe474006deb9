'use strict';
// Under the test runner stdin is /dev/null, a character device: a Readable over the file that
// ends at once, as node's fs.ReadStream does there. Also: one object, fd 0, not a TTY.
const assert = require('assert');
const { Readable } = require('stream');

const stdin = process.stdin;
assert.strictEqual(stdin, process.stdin);
assert.ok(stdin instanceof Readable);
assert.strictEqual(stdin.fd, 0);
assert.strictEqual(stdin.isTTY, undefined);
assert.strictEqual(typeof stdin.setRawMode, 'undefined');

let data = 0;
let ended = false;
stdin.on('data', () => data++);
stdin.on('end', () => { ended = true; });
process.on('exit', () => {
  assert.strictEqual(data, 0);
  assert.strictEqual(ended, true);
});
