'use strict';
// Without { fatal: true }, malformed UTF-8 becomes U+FFFD once per maximal subpart, as the
// Encoding Standard (and Unicode's "best practice", table 3-8) says.

const assert = require('assert');

const decode = (bytes) => new TextDecoder().decode(new Uint8Array(bytes));
const R = '\ufffd';

assert.strictEqual(decode([0xff]), R);
assert.strictEqual(decode([0x80, 0x80]), R + R);
assert.strictEqual(decode([0xc0, 0xaf]), R + R);
assert.strictEqual(decode([0xe0, 0x80, 0xaf]), R + R + R);
assert.strictEqual(decode([0xf0, 0x80, 0x80, 0x41]), R + R + R + 'A');
assert.strictEqual(decode([0xe0, 0xa0, 0x42]), R + 'B');
assert.strictEqual(decode([0xed, 0xa0, 0x80]), R + R + R);
assert.strictEqual(decode([0xf4, 0x90, 0x80, 0x80]), R + R + R + R);
assert.strictEqual(decode([0xf0, 0x9f, 0x98]), R);
assert.strictEqual(decode([0xf0, 0x9f, 0x98, 0x41]), R + 'A');
assert.strictEqual(decode([0xe2, 0x82]), R);
assert.strictEqual(decode([0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64]),
                   'a' + R + R + R + 'b' + R + 'c' + R + R + 'd');

// Unicode 15, table 3-8.
assert.strictEqual(decode([0x61, 0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2, 0x62, 0x80, 0x63, 0x80, 0xbf, 0x64]),
                   'a\ufffd\ufffd\ufffdb\ufffdc\ufffd\ufffdd');
assert.strictEqual(decode([0xc0, 0xaf, 0xe0, 0x80, 0xbf, 0xf0, 0x81, 0x82, 0x41]),
                   R + R + R + R + R + R + R + R + 'A');
assert.strictEqual(decode([0xed, 0xa0, 0x80, 0xed, 0xbf, 0xbf, 0xed, 0xaf, 0x41]),
                   R + R + R + R + R + R + R + R + 'A');
assert.strictEqual(decode([0xf4, 0x91, 0x92, 0x93, 0xff, 0x41, 0x80, 0xbf, 0x42]),
                   R + R + R + R + R + 'A' + R + R + 'B');
assert.strictEqual(decode([0xe1, 0x80, 0xe2, 0xf0, 0x91, 0x92, 0xf1, 0xbf, 0x41]),
                   R + R + R + R + 'A');

// Malformed bytes in the middle of long ASCII runs.
{
  const bytes = new Uint8Array(1000).fill(0x61);
  bytes[500] = 0xff;
  bytes[997] = 0xc3;
  const text = decode(bytes);
  assert.strictEqual(text.length, 1000);
  assert.strictEqual(text[500], R);
  assert.strictEqual(text[997], R);
  assert.strictEqual(text.replaceAll(R, ''), 'a'.repeat(998));
}

// Boundaries of each length class.
assert.strictEqual(decode([0xc2, 0x80]), '\u0080');
assert.strictEqual(decode([0xdf, 0xbf]), '\u07ff');
assert.strictEqual(decode([0xe0, 0xa0, 0x80]), '\u0800');
assert.strictEqual(decode([0xed, 0x9f, 0xbf]), '\ud7ff');
assert.strictEqual(decode([0xee, 0x80, 0x80]), '\ue000');
assert.strictEqual(decode([0xf0, 0x90, 0x80, 0x80]), '\u{10000}');
assert.strictEqual(decode([0xf4, 0x8f, 0xbf, 0xbf]), '\u{10ffff}');
