'use strict';
// base64 and base64url: encoding (padding only in base64), forgiving decoding (either alphabet,
// whitespace and other characters skipped, '=' ends the data), byteLength.
const assert = require('assert');

assert.strictEqual(Buffer.from('hello').toString('base64'), 'aGVsbG8=');
assert.strictEqual(Buffer.from('hello').toString('base64url'), 'aGVsbG8');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'), '+/+/');
assert.strictEqual(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), '-_-_');
assert.strictEqual(Buffer.from('a').toString('base64'), 'YQ==');
assert.strictEqual(Buffer.from('ab').toString('base64'), 'YWI=');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');

const dec = (s, enc = 'base64') => Buffer.from(s, enc).toString('latin1');
assert.strictEqual(dec('aGVsbG8='), 'hello');
assert.strictEqual(dec('aGVsbG8'), 'hello');
assert.strictEqual(dec('aGVs bG8=\n'), 'hello');
assert.strictEqual(dec('aG\tVs\r\nbG8'), 'hello');
assert.strictEqual(dec('aGVsbG8', 'base64url'), 'hello');
assert.strictEqual(dec('-_-_'), '\xfb\xff\xbf');
assert.strictEqual(dec('+/+/', 'base64url'), '\xfb\xff\xbf');
assert.strictEqual(dec('YQ==YQ=='), 'a');  // '=' ends the data
assert.strictEqual(dec('Y!Q'), 'a');
assert.strictEqual(dec('Y'), '');
assert.strictEqual(dec('====='), '');

assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('aGVsbG8', 'base64url'), 5);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);

// Writes are bounded by the buffer and the length.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('aGVsbG8=', 'base64'), 4);
assert.strictEqual(buf.toString(), 'hell');
assert.strictEqual(buf.write('YWJj', 1, 1, 'base64'), 1);
assert.strictEqual(buf.toString(), 'hall');

// Every byte value round-trips, at every length mod 3.
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
for (let n = 250; n <= 256; n++) {
  const part = all.subarray(0, n);
  assert.ok(Buffer.from(part.toString('base64'), 'base64').equals(part));
  assert.ok(Buffer.from(part.toString('base64url'), 'base64url').equals(part));
}

// Long inputs take the vectorised paths: the results must not depend on where a block boundary
// falls, on whitespace deep inside, or on the room left in the target.
const big = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7 + (i >> 3)) & 255));
const text = big.toString('base64');
const textUrl = big.toString('base64url');
assert.ok(Buffer.from(text, 'base64').equals(big));
assert.ok(Buffer.from(textUrl, 'base64').equals(big));
assert.ok(Buffer.from(textUrl, 'base64url').equals(big));
for (const at of [0, 31, 32, 63, 64, 100, 1000, 3999]) {
  const spaced = `${text.slice(0, at)}\n \t${text.slice(at)}`;
  assert.ok(Buffer.from(spaced, 'base64').equals(big), `whitespace at ${at}`);
  const cut = `${text.slice(0, at)}=${text.slice(at)}`;
  const expected = Buffer.from(text.slice(0, at), 'base64');
  assert.ok(Buffer.from(cut, 'base64').equals(expected), `'=' at ${at}`);
}
for (const room of [0, 1, 23, 24, 47, 48, 49, 100, 2999]) {
  const target = Buffer.alloc(room + 10, 0xaa);
  assert.strictEqual(target.write(text, 0, room, 'base64'), room);
  assert.ok(target.subarray(0, room).equals(big.subarray(0, room)));
  assert.ok(target.subarray(room).every((b) => b === 0xaa), `bytes past ${room} untouched`);
}
