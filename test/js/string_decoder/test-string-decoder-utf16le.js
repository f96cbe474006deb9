'use strict';
// StringDecoder('utf16le') (and its aliases): an odd byte waits for its pair, a lead surrogate
// waits for its trail, lone surrogates pass through, end() drops a lone byte.

const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decode(chunks, encoding = 'utf16le') {
  const decoder = new StringDecoder(encoding);
  const out = chunks.map((chunk) => {
    const str = decoder.write(new Uint8Array(chunk));
    return [str, decoder.lastNeed, decoder.lastTotal];
  });
  out.push(decoder.end());
  return out;
}

const cases = [
  [[[0x61], [0x00, 0x62], [0x00]], [['', 1, 2], ['a', 1, 2], ['b', 0, 0], '']],
  [[[0x3d, 0xd8], [0x4d, 0xdc]], [['', 2, 4], ['\u{1f44d}', 0, 0], '']],
  [[[0x3d, 0xd8, 0x4d], [0xdc]], [['\ud83d', 1, 2], ['\udc4d', 0, 0], '']],
  [[[0x3d], [0xd8], [0x4d], [0xdc]],
    [['', 1, 2], ['\ud83d', 0, 0], ['', 1, 2], ['\udc4d', 0, 0], '']],
  [[[0x3d, 0xd8]], [['', 2, 4], '\ud83d']],
  [[[0x3d, 0xd8, 0x61]], [['\ud83d', 1, 2], '']],
  [[[0x4d, 0xdc, 0x61, 0x00]], [['\udc4da', 0, 0], '']],
];
for (const [chunks, expected] of cases) {
  assert.deepStrictEqual(decode(chunks), expected, JSON.stringify(chunks));
}
for (const alias of ['ucs2', 'UCS-2', 'utf-16le', 'UTF16LE']) {
  assert.strictEqual(new StringDecoder(alias).encoding, 'utf16le');
  assert.deepStrictEqual(decode([[0x3d, 0xd8], [0x4d, 0xdc]], alias),
                         [['', 2, 4], ['\u{1f44d}', 0, 0], '']);
}

// A Uint16Array is read as its bytes; any split gives back the text.
{
  const text = 'h\u00e9\u{1f44d}\u20ac\u{10437}';
  const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const bytes = new Uint8Array(units.buffer);
  assert.strictEqual(new StringDecoder('utf16le').end(units), text);
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const decoder = new StringDecoder('utf16le');
      const str = decoder.write(bytes.subarray(0, i)) + decoder.write(bytes.subarray(i, j)) +
        decoder.end(bytes.subarray(j));
      assert.strictEqual(str, text, `split at ${i}, ${j}`);
    }
  }
}
