'use strict';
// Buffer.byteLength(string) in utf8 for one-byte strings (counted from their Latin-1 characters)
// and for the ones that take the general way (two-byte, lone surrogates, long), flat or
// concatenated: always the length of Buffer.from(string).
const assert = require('assert');

function check(s) {
  assert.strictEqual(Buffer.byteLength(s), Buffer.from(s, 'utf8').length, JSON.stringify(s));
  assert.strictEqual(Buffer.byteLength(s, 'utf8'), Buffer.from(s, 'utf8').length);
}

const samples = [
  '', 'a', 'hello', '\x7f', '\x80', '\xff', 'caf\xe9', '\xe9'.repeat(7), '\xe9'.repeat(8),
  '\xe9'.repeat(9), 'abcdefg\xff', 'abcdefgh\xff', '\xffabcdefgh', 'x'.repeat(4095) + '\xe9',
  'x'.repeat(4096), '\xe9'.repeat(4096), '\xe9'.repeat(4097), 'y'.repeat(5000) + '\xe0',
  '\u20ac', 'a\u20acb', '\ud83d\ude00', '\ud83d', '\ude00x', 'x\ud83d', '\u0100'.repeat(3),
  'ascii then \u00ff then \u0100',
];
for (const s of samples) check(s);

// Concatenations (V8 cons strings) and JSON.stringify's result, one-byte and not.
for (const s of samples) {
  check(s + 'tail' + s);
  check(['pre', s, 'post'].join(''));
}
check(JSON.stringify({ id: 1, path: '/', items: [1, 2, 3], ok: true, message: 'h\xe9llo' }));
check(JSON.stringify({ id: 1, path: '/', items: [1, 2, 3], ok: true, message: 'hello' }));
check(JSON.stringify({ s: '\ud83d' }));
let built = '';
for (let i = 0; i < 300; i++) built += i % 7 === 0 ? '\xe8' : 'ab';
check(built);
// Every Latin-1 character, at every alignment.
for (let c = 0; c < 256; c++) {
  for (let pad = 0; pad < 9; pad++) check('z'.repeat(pad) + String.fromCharCode(c) + 'q');
}

// Other encodings are unchanged.
assert.strictEqual(Buffer.byteLength('\xe9\xe9', 'latin1'), 2);
assert.strictEqual(Buffer.byteLength('\u20ac', 'utf16le'), 2);
assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
assert.throws(() => Buffer.byteLength(5), { code: 'ERR_INVALID_ARG_TYPE' });
