'use strict';
// Buffer.compare, buf.compare with ranges, buf.equals and Buffer.concat, with their errors.
const assert = require('assert');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(a, Buffer.from('ab')), 1);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), a), -1);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), new Uint8Array([2])), -1);
assert.deepStrictEqual([b, a, Buffer.from('a')].sort(Buffer.compare).map(String), ['a', 'abc', 'abd']);
assert.throws(() => Buffer.compare('abc', a), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')",
});
assert.throws(() => Buffer.compare(a, 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"buf2"/ });

assert.strictEqual(a.compare(b), -1);
assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
assert.strictEqual(a.compare(b, 1, 1), 1);
assert.strictEqual(a.compare(b, 0, 3, 1, 1), -1);
assert.strictEqual(a.compare(b, 0, 0, 1, 1), 0);
assert.strictEqual(Buffer.from('xabc').compare(a, 0, 3, 1), 0);
assert.throws(() => a.compare(b, -1), {
  code: 'ERR_OUT_OF_RANGE', message: /^The value of "targetStart" is out of range\. It must be >= 0 && <= \d+\. Received -1$/,
});
assert.throws(() => a.compare(b, 0, 4), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 4',
});
assert.throws(() => a.compare(b, 0, 3, 0, 4), { code: 'ERR_OUT_OF_RANGE', message: /"sourceEnd"/ });
assert.throws(() => a.compare('abc'), {
  code: 'ERR_INVALID_ARG_TYPE', message: /^The "target" argument must be an instance of Buffer or Uint8Array/,
});

assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(Buffer.from('ab')), false);
assert.strictEqual(a.equals(new Uint8Array([97, 98, 99])), true);
assert.strictEqual(Buffer.alloc(0).equals(Buffer.alloc(0)), true);
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')",
});

assert.strictEqual(Buffer.concat([a, b]).toString(), 'abcabd');
assert.strictEqual(Buffer.concat([a, new Uint8Array([0x78])]).toString(), 'abcx');
assert.strictEqual(Buffer.concat([a, b], 4).toString(), 'abca');
assert.strictEqual(Buffer.concat([a], 5).toString('hex'), '6162630000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.ok(Buffer.concat([a]) !== a);
assert.throws(() => Buffer.concat('ab'), {
  code: 'ERR_INVALID_ARG_TYPE', message: "The \"list\" argument must be an instance of Array. Received type string ('ab')",
});
assert.throws(() => Buffer.concat([a, 'b']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: "The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('b')",
});
assert.throws(() => Buffer.concat([a], -1), { code: 'ERR_OUT_OF_RANGE', message: /"length"/ });
