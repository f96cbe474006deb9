'use strict';
// StringDecoder('utf8'): a character cut between writes comes out whole, bad bytes become
// U+FFFD exactly where Node puts them, end() flushes an incomplete character as one U+FFFD, and
// lastNeed / lastTotal / lastChar describe what is pending.

const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Each write's [result, lastNeed, lastTotal], then end()'s result.
function decode(chunks) {
  const decoder = new StringDecoder('utf8');
  const out = chunks.map((chunk) => {
    const str = decoder.write(new Uint8Array(chunk));
    return [str, decoder.lastNeed, decoder.lastTotal];
  });
  out.push(decoder.end());
  return out;
}

const cases = [
  [[[0xe2], [0x82], [0xac]], [['', 2, 3], ['', 1, 3], ['\u20ac', 0, 0], '']],
  [[[0xf0, 0x9f], [0x98], [0x80, 0x61]], [['', 2, 4], ['', 1, 4], ['\u{1f600}a', 0, 0], '']],
  [[[0xe2, 0x61]], [['\ufffda', 0, 0], '']],
  [[[0xe2], [0x61]], [['', 2, 3], ['\ufffda', 0, 0], '']],
  [[[0xe2, 0x82], [0x61, 0x62]], [['', 1, 3], ['\ufffdab', 0, 0], '']],
  [[[0xe2, 0x82]], [['', 1, 3], '\ufffd']],
  [[[0xf0, 0x9f, 0x98]], [['', 1, 4], '\ufffd']],
  [[[0x80, 0x80, 0x80, 0x80]], [['\ufffd\ufffd\ufffd\ufffd', 0, 0], '']],
  [[[0xc3], [0xa9, 0xc3]], [['', 1, 2], ['\u00e9', 1, 2], '\ufffd']],
  [[[0xff, 0xfe, 0x61]], [['\ufffd\ufffda', 0, 0], '']],
  // A byte order mark is kept.
  [[[0xef, 0xbb, 0xbf, 0x61]], [['\ufeffa', 0, 0], '']],
  // An encoded surrogate and a 5-byte lead are invalid, byte by byte.
  [[[0xed, 0xa0, 0x80]], [['\ufffd\ufffd\ufffd', 0, 0], '']],
  [[[0xf8, 0x80]], [['\ufffd\ufffd', 0, 0], '']],
];
for (const [chunks, expected] of cases) {
  assert.deepStrictEqual(decode(chunks), expected, JSON.stringify(chunks));
}

// lastChar: the pending bytes at the start of a 4-byte view.
{
  const decoder = new StringDecoder('utf8');
  assert.strictEqual(decoder.write(new Uint8Array([0x61, 0xe2, 0x82])), 'a');
  assert.deepStrictEqual([...decoder.lastChar], [0xe2, 0x82, 0, 0]);
  if (typeof Buffer === 'function') assert.ok(Buffer.isBuffer(decoder.lastChar));
  assert.strictEqual(decoder.end(new Uint8Array([0xac])), '\u20ac');
  assert.strictEqual(decoder.lastNeed, 0);
  assert.strictEqual(decoder.lastTotal, 0);
  // The decoder can be used again after end().
  assert.strictEqual(decoder.write(new Uint8Array([0x68, 0x69])), 'hi');
}

// Every split of a text with 1- to 4-byte characters decodes to the text.
{
  const text = 'a\u00e9\u20ac\u{1f600}z\u0800\u{10ffff}';
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const decoder = new StringDecoder('utf-8');
      const str = decoder.write(bytes.subarray(0, i)) + decoder.write(bytes.subarray(i, j)) +
        decoder.end(bytes.subarray(j));
      assert.strictEqual(str, text, `split at ${i}, ${j}`);
    }
  }
}
