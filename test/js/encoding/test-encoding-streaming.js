'use strict';
// TextDecoder.decode(chunk, { stream: true }): a character split between chunks is held back and
// completed by the next chunk; the final call without `stream` flushes an incomplete sequence as
// U+FFFD and starts a new stream.

const assert = require('assert');

const u8 = (...bytes) => new Uint8Array(bytes);
const text = 'a\u00e9\u20ac\u{1f600}z \u4f60\u597d \u{10ffff}';
const bytes = new TextEncoder().encode(text);

// Every chunk size, UTF-8.
for (let size = 1; size <= 7; size++) {
  const decoder = new TextDecoder();
  let out = '';
  for (let i = 0; i < bytes.length; i += size) {
    out += decoder.decode(bytes.subarray(i, i + size), { stream: true });
  }
  out += decoder.decode();
  assert.strictEqual(out, text, `chunks of ${size}`);
}

// Byte by byte: nothing comes out until a character is complete.
{
  const decoder = new TextDecoder();
  const parts = [];
  for (const byte of new TextEncoder().encode('a\u20ac\u{1f600}b')) {
    parts.push(decoder.decode(u8(byte), { stream: true }));
  }
  parts.push(decoder.decode());
  assert.deepStrictEqual(parts, ['a', '', '', '\u20ac', '', '', '', '\u{1f600}', 'b', '']);
}

// An incomplete sequence at the end of the stream.
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(decoder.decode(), '\ufffd');
  // The decoder starts afresh.
  assert.strictEqual(decoder.decode(u8(0x61)), 'a');
}
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0x41)), '\ufffdA');
}
{
  // The held-back bytes turn out to be malformed: one U+FFFD, then the byte that broke them.
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xf0, 0x9f), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0x41, 0x42), { stream: true }), '\ufffdAB');
  assert.strictEqual(decoder.decode(), '');
}

// Streams of large chunks give the same result as one call.
{
  const big = new TextEncoder().encode('\u00e9\u4e2d\u{1f600}x'.repeat(30000));
  const decoder = new TextDecoder();
  let out = '';
  for (let i = 0; i < big.length; i += 4099) {
    out += decoder.decode(big.subarray(i, i + 4099), { stream: true });
  }
  out += decoder.decode();
  assert.strictEqual(out, new TextDecoder().decode(big));
}

// Options without a truthy `stream` mean the end of the stream.
{
  const decoder = new TextDecoder();
  assert.strictEqual(decoder.decode(u8(0xc3), { stream: true }), '');
  assert.strictEqual(decoder.decode(u8(0xa9), { stream: false }), '\u00e9');
  assert.strictEqual(decoder.decode(u8(0xc3), {}), '\ufffd');
}

// UTF-16LE: odd bytes and surrogate pairs split between chunks.
{
  const decoder = new TextDecoder('utf-16le');
  assert.deepStrictEqual([
    decoder.decode(u8(0x3d), { stream: true }),
    decoder.decode(u8(0xd8, 0x00), { stream: true }),
    decoder.decode(u8(0xde, 0x41), { stream: true }),
    decoder.decode(u8(0x00)),
  ], ['', '', '\u{1f600}', 'A']);
}
{
  const decoder = new TextDecoder('utf-16le');
  assert.strictEqual(decoder.decode(u8(0x3d, 0xd8), { stream: true }), '');
  assert.strictEqual(decoder.decode(), '\ufffd');
}
for (const [encoding, le] of [['utf-16le', true], ['utf-16be', false]]) {
  const units = [0x61, 0xe9, 0x20ac, 0xd83d, 0xde00, 0x7a];
  const data = new Uint8Array(units.length * 2);
  const view = new DataView(data.buffer);
  units.forEach((unit, i) => view.setUint16(i * 2, unit, le));
  for (let size = 1; size <= 5; size++) {
    const decoder = new TextDecoder(encoding);
    let out = '';
    for (let i = 0; i < data.length; i += size) {
      out += decoder.decode(data.subarray(i, i + size), { stream: true });
    }
    out += decoder.decode();
    assert.strictEqual(out, String.fromCharCode(...units), `${encoding}, chunks of ${size}`);
  }
}
