'use strict';
// Byte order marks: a BOM at the start of a stream is dropped unless { ignoreBOM: true }; only the
// first character of a stream counts, even when the BOM is split across chunks.

const assert = require('assert');

const u8 = (...bytes) => new Uint8Array(bytes);

assert.strictEqual(new TextDecoder().decode(u8(0xef, 0xbb, 0xbf, 0x41)), 'A');
assert.strictEqual(new TextDecoder().decode(u8(0xef, 0xbb, 0xbf)), '');
assert.strictEqual(new TextDecoder().decode(u8(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');
assert.strictEqual(new TextDecoder().decode(u8(0x41, 0xef, 0xbb, 0xbf)), 'A\ufeff');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8(0xef, 0xbb, 0xbf, 0x41)),
                   '\ufeffA');

assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0xff, 0xfe, 0x41, 0)), 'A');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u8(0xff, 0xfe, 0x41, 0)),
                   '\ufeffA');
assert.strictEqual(new TextDecoder('utf-16be').decode(u8(0xfe, 0xff, 0, 0x41)), 'A');
// A BOM of the other byte order is a character (U+FFFE), not a BOM.
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0xfe, 0xff, 0x41, 0)), '\ufffeA');

// The same decoder drops a BOM at the start of each new stream.
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb, 0xbf, 0x61)), 'a');
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb, 0xbf, 0x62)), 'b');
}

// Streaming: split BOM, and a BOM later in the stream is kept.
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0xbf, 0x41), { stream: true }), 'A');
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb, 0xbf)), '\ufeff');
}
{
  // Empty chunks before the BOM do not count as the start.
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb, 0xbf), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0xef, 0xbb, 0xbf)), '\ufeff');
}
{
  const decoder = new TextDecoder('utf-16le');
  assert.strictEqual(decoder.decode(u8(0xff), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0xfe, 0x41), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0x00)), 'A');
}

// windows-1252 has no BOM: EF BB BF are three characters.
assert.strictEqual(new TextDecoder('latin1').decode(u8(0xef, 0xbb, 0xbf)), '\u00ef\u00bb\u00bf');
