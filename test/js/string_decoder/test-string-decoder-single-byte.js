'use strict';
// StringDecoder for hex, latin1 (binary) and ascii: every write decodes at once, nothing waits.

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

assert.deepStrictEqual(decode('hex', [[0x00, 0xab], [0xff]]), [['00ab', 0, 0], ['ff', 0, 0], '']);
assert.deepStrictEqual(decode('latin1', [[0x61, 0xe9, 0xff]]), [['a\u00e9\u00ff', 0, 0], '']);
assert.deepStrictEqual(decode('binary', [[0x80]]), [['\u0080', 0, 0], '']);
// ascii clears the high bit, as Node does.
assert.deepStrictEqual(decode('ascii', [[0x61, 0xe9, 0xff]]), [['ai\u007f', 0, 0], '']);
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('HEX').encoding, 'hex');

// A DataView and other typed arrays are read as their bytes.
{
  const bytes = new Uint8Array([0x10, 0x20, 0x30, 0x40]);
  assert.strictEqual(new StringDecoder('hex').write(new DataView(bytes.buffer, 1, 2)), '2030');
  assert.strictEqual(new StringDecoder('hex').write(new Uint32Array([0x01020304])), '04030201');
}

// text(buf, offset): forgets what was pending and decodes from offset on.
assert.strictEqual(new StringDecoder('hex').text(new Uint8Array([1, 2, 3]), 1), '0203');
{
  const decoder = new StringDecoder('utf8');
  assert.strictEqual(decoder.write(new Uint8Array([0xe2, 0x82])), '');
  assert.strictEqual(decoder.text(new Uint8Array([0x78, 0x61, 0x62]), 1), 'ab');
  assert.strictEqual(decoder.end(), '');
}
