'use strict';
// swap16/32/64 (short buffers in JS, long ones natively), toJSON and JSON round trips.
const assert = require('assert');

assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap16().toString('hex'), '0201040306050807');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap32().toString('hex'), '0403020108070605');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap64().toString('hex'), '0807060504030201');
const b = Buffer.alloc(2);
assert.strictEqual(b.swap16(), b);

for (const [method, width] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
  const long = Buffer.from(Array.from({ length: 1024 }, (_, i) => i & 255));
  const expected = Buffer.from(long);
  for (let i = 0; i < expected.length; i += width) expected.subarray(i, i + width).reverse();
  assert.ok(long[method]().equals(expected), method);
  // On a slice, only the slice's bytes move.
  const outer = Buffer.from(Array.from({ length: 2 + 512 }, (_, i) => i & 255));
  const inner = outer.subarray(1, 1 + 512);
  inner[method]();
  assert.strictEqual(outer[0], 0);
  assert.strictEqual(outer[513], 513 & 255);
  assert.throws(() => Buffer.alloc(width + 1)[method](), {
    code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError',
    message: `Buffer size must be a multiple of ${width * 8}-bits`,
  });
}

assert.deepStrictEqual(Buffer.from([1, 2, 3]).toJSON(), { type: 'Buffer', data: [1, 2, 3] });
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
const json = JSON.stringify(Buffer.from('hi'));
assert.strictEqual(json, '{"type":"Buffer","data":[104,105]}');
assert.strictEqual(Buffer.from(JSON.parse(json)).toString(), 'hi');
