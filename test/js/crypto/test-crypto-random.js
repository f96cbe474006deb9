'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues: shapes, ranges and
// Node's errors.
const assert = require('assert');
const crypto = require('crypto');

{
  const a = crypto.randomBytes(32);
  const b = crypto.randomBytes(32);
  assert.ok(Buffer.isBuffer(a));
  assert.strictEqual(a.length, 32);
  assert.notDeepStrictEqual(a, b);
  assert.strictEqual(crypto.randomBytes(0).length, 0);
}

let pending = 0;
function later(fn) {
  pending++;
  return (...args) => {
    fn(...args);
    pending--;
  };
}
process.on('exit', () => assert.strictEqual(pending, 0));

crypto.randomBytes(16, later((err, buf) => {
  assert.ifError(err);
  assert.strictEqual(buf.length, 16);
}));

{
  const buf = Buffer.alloc(64);
  assert.strictEqual(crypto.randomFillSync(buf), buf);
  assert.ok(buf.some((x) => x !== 0));
  const part = Buffer.alloc(10);
  crypto.randomFillSync(part, 2, 3);
  assert.deepStrictEqual([...part.subarray(0, 2)], [0, 0]);
  assert.deepStrictEqual([...part.subarray(5)], [0, 0, 0, 0, 0]);
  // Offsets and sizes of typed arrays count elements.
  const u32 = new Uint32Array(4);
  crypto.randomFillSync(u32, 1, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[3], 0);
  const ab = new ArrayBuffer(8);
  crypto.randomFillSync(ab);
  const dv = new DataView(new ArrayBuffer(8), 2, 4);
  crypto.randomFillSync(dv);
  assert.deepStrictEqual([...new Uint8Array(dv.buffer, 0, 2)], [0, 0]);
}

{
  const buf = Buffer.alloc(32);
  crypto.randomFill(buf, later((err, res) => {
    assert.ifError(err);
    assert.strictEqual(res, buf);
    assert.ok(buf.some((x) => x !== 0));
  }));
  const part = Buffer.alloc(8);
  crypto.randomFill(part, 4, later((err) => {
    assert.ifError(err);
    assert.deepStrictEqual([...part.subarray(0, 4)], [0, 0, 0, 0]);
  }));
  crypto.randomFill(Buffer.alloc(8), 2, 2, later((err, b) => assert.strictEqual(b.length, 8)));
  crypto.randomFill(Buffer.alloc(0), later((err, b) => assert.strictEqual(b.length, 0)));
}

assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => crypto.randomBytes(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomFill(Buffer.alloc(3)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 3, 2), {
  message: 'The value of "size + offset" is out of range. It must be <= 16. Received 20',
});
assert.throws(() => crypto.randomFillSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
    'Received type number (1)',
});

// randomInt.
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(3, 10);
  assert.ok(Number.isInteger(n) && n >= 3 && n < 10);
  const m = crypto.randomInt(5);
  assert.ok(m >= 0 && m < 5);
}
{
  const seen = new Set();
  for (let i = 0; i < 200; i++) seen.add(crypto.randomInt(-2, 2));
  assert.deepStrictEqual([...seen].sort(), [-1, -2, 0, 1]);
}
crypto.randomInt(10, later((err, n) => {
  assert.ifError(err);
  assert.ok(n >= 0 && n < 10);
}));
for (let i = 0; i < 1100; i++) crypto.randomInt(1, 3, later((err, n) => assert.ok(n === 1 || n === 2)));
assert.throws(() => crypto.randomInt(1, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (1). ' +
    'Received 1',
});
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657',
});
assert.throws(() => crypto.randomInt(1, 3, 5), { code: 'ERR_INVALID_ARG_TYPE' });

// randomUUID.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seen = new Set();
  for (let i = 0; i < 300; i++) {
    const u = crypto.randomUUID();
    assert.match(u, re);
    seen.add(u);
  }
  assert.strictEqual(seen.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
      'Received type number (1)',
  });
}

// getRandomValues.
{
  const a = new Uint8Array(16);
  assert.strictEqual(crypto.getRandomValues(a), a);
  assert.strictEqual(crypto.webcrypto.getRandomValues(new BigUint64Array(2)).length, 2);
  assert.throws(() => crypto.getRandomValues(new Float32Array(2)), {
    name: 'TypeMismatchError', code: 17,
    message: 'The data argument must be an integer-type TypedArray',
  });
  assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), {
    name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes',
  });
  assert.throws(() => crypto.webcrypto.getRandomValues.call({}, new Uint8Array(1)), {
    code: 'ERR_INVALID_THIS',
  });
}
