'use strict';
// StringDecoder('base64' / 'base64url'): bytes are encoded in whole groups of three; the rest
// waits for the next write, and end() encodes it (padded for base64, not for base64url).

const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decode(encoding, chunks) {
  const decoder = new StringDecoder(encoding);
  const out = chunks.map((chunk) => {
    const str = decoder.write(new Uint8Array(chunk));
    return [str, decoder.lastNeed, decoder.lastTotal];
  });
  out.push(decoder.end());
  return out;
}

assert.deepStrictEqual(decode('base64', [[0x61], [0x62], [0x63, 0x64]]),
                       [['', 2, 3], ['', 1, 3], ['YWJj', 2, 3], 'ZA==']);
assert.deepStrictEqual(decode('base64', [[0x61, 0x62, 0x63, 0x64]]), [['YWJj', 2, 3], 'ZA==']);
assert.deepStrictEqual(decode('base64', [[0x61, 0x62]]), [['', 1, 3], 'YWI=']);
assert.deepStrictEqual(decode('base64', [[0xfb, 0xff], [0xbf, 0xfb]]),
                       [['', 1, 3], ['+/+/', 2, 3], '+w==']);
assert.deepStrictEqual(decode('base64url', [[0xfb, 0xff], [0xbf, 0xfb]]),
                       [['', 1, 3], ['-_-_', 2, 3], '-w']);
assert.deepStrictEqual(decode('BASE64', [[]]), [['', 0, 0], '']);

// Any chunking gives the same text as encoding at once.
{
  const bytes = new Uint8Array(40);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 97 + 13) & 0xff;
  const whole = new StringDecoder('base64').end(bytes);
  for (let size = 1; size <= 7; size++) {
    const decoder = new StringDecoder('base64');
    let str = '';
    for (let i = 0; i < bytes.length; i += size) str += decoder.write(bytes.subarray(i, i + size));
    assert.strictEqual(str + decoder.end(), whole);
  }
  assert.strictEqual(whole.length, 56);
  assert.ok(whole.endsWith('='));
}
