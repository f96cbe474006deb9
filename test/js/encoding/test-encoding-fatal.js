'use strict';
// TextDecoder with { fatal: true }: malformed input throws a TypeError with code
// ERR_ENCODING_INVALID_ENCODED_DATA (also at the end of a stream), well-formed input decodes as
// usual, and the decoder can be used again after an error.

const assert = require('assert');

const u8 = (...bytes) => new Uint8Array(bytes);
const invalid = (encoding) => ({
  name: 'TypeError',
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: `The encoded data was not valid for encoding ${encoding}`,
});

const decoder = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(decoder.decode(u8(0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80)), 'a\u00e9\u{1f600}');

for (const bad of [
  [0xff],
  [0x80],
  [0xc0, 0xaf], // overlong
  [0xc1, 0xbf], // overlong
  [0xe0, 0x80, 0xaf], // overlong
  [0xf0, 0x80, 0x80, 0xaf], // overlong
  [0xed, 0xa0, 0x80], // surrogate
  [0xf4, 0x90, 0x80, 0x80], // beyond U+10FFFF
  [0xf5, 0x80, 0x80, 0x80],
  [0xc3], // truncated
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xe2, 0x41, 0x42],
  [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0xfe],
]) {
  assert.throws(() => decoder.decode(new Uint8Array(bad)), invalid('utf-8'), `bytes ${bad}`);
}
// Still usable.
assert.strictEqual(decoder.decode(u8(0x61)), 'a');

// Streaming: the error comes when the stream ends incomplete.
{
  const d = new TextDecoder('utf-8', { fatal: true });
  assert.strictEqual(d.decode(u8(0xe2, 0x82), { stream: true }), '');
  assert.throws(() => d.decode(), invalid('utf-8'));
  assert.strictEqual(d.decode(u8(0x41)), 'A');
}
{
  const d = new TextDecoder('utf-8', { fatal: true });
  assert.strictEqual(d.decode(u8(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(d.decode(u8(0xac), { stream: true }), '\u20ac');
  assert.strictEqual(d.decode(), '');
}

// UTF-16.
{
  const d = new TextDecoder('utf-16le', { fatal: true });
  assert.strictEqual(d.decode(u8(0x3d, 0xd8, 0x00, 0xde)), '\u{1f600}');
  assert.throws(() => d.decode(u8(0x00, 0xd8)), invalid('utf-16le'));
  assert.throws(() => d.decode(u8(0x00, 0xdc)), invalid('utf-16le'));
  assert.throws(() => d.decode(u8(0x00)), invalid('utf-16le'));
  assert.throws(() => d.decode(u8(0x00, 0xd8, 0x61, 0x00)), invalid('utf-16le'));
  assert.strictEqual(d.decode(u8(0x61, 0x00)), 'a');
}
{
  const d = new TextDecoder('utf-16be', { fatal: true });
  assert.throws(() => d.decode(u8(0xd8, 0x00)), invalid('utf-16be'));
}

// The error is a plain TypeError with an own enumerable `code`.
try {
  decoder.decode(u8(0xff));
  assert.fail('should have thrown');
} catch (err) {
  assert.ok(err instanceof TypeError);
  assert.deepStrictEqual(Object.keys(err), ['code']);
}
