'use strict';
// Float, double and 64-bit BigInt readers and writers in both byte orders.
const assert = require('assert');

const buf = Buffer.alloc(8);
assert.strictEqual(buf.writeFloatLE(1.5, 0), 4);
assert.strictEqual(buf.toString('hex', 0, 4), '0000c03f');
assert.strictEqual(buf.readFloatLE(0), 1.5);
assert.strictEqual(buf.writeFloatBE(-2.25, 4), 8);
assert.strictEqual(buf.toString('hex', 4), 'c0100000');
assert.strictEqual(buf.readFloatBE(4), -2.25);
buf.writeFloatLE(0.1);
assert.strictEqual(buf.readFloatLE(), Math.fround(0.1));
buf.writeFloatBE(NaN);
assert.ok(Number.isNaN(buf.readFloatBE()));
buf.writeFloatLE(Infinity);
assert.strictEqual(buf.readFloatLE(), Infinity);

assert.strictEqual(buf.writeDoubleLE(Math.PI, 0), 8);
assert.strictEqual(buf.toString('hex'), '182d4454fb210940');
assert.strictEqual(buf.readDoubleLE(0), Math.PI);
assert.strictEqual(buf.writeDoubleBE(-0, 0), 8);
assert.strictEqual(buf.toString('hex'), '8000000000000000');
assert.ok(Object.is(buf.readDoubleBE(0), -0));
buf.writeDoubleBE(1e300);
assert.strictEqual(buf.readDoubleBE(), 1e300);

assert.strictEqual(buf.writeBigUInt64LE(0x0102030405060708n, 0), 8);
assert.strictEqual(buf.toString('hex'), '0807060504030201');
assert.strictEqual(buf.readBigUInt64LE(0), 0x0102030405060708n);
assert.strictEqual(buf.readBigUInt64BE(0), 0x0807060504030201n);
buf.writeBigUInt64BE(2n ** 64n - 1n);
assert.strictEqual(buf.toString('hex'), 'ffffffffffffffff');
assert.strictEqual(buf.readBigInt64BE(), -1n);
assert.strictEqual(buf.readBigUInt64BE(), 2n ** 64n - 1n);
buf.writeBigInt64LE(-(2n ** 63n));
assert.strictEqual(buf.toString('hex'), '0000000000000080');
assert.strictEqual(buf.readBigInt64LE(), -(2n ** 63n));
buf.writeBigInt64BE(-2n);
assert.strictEqual(buf.readBigInt64BE(), -2n);
assert.strictEqual(Buffer.prototype.readBigUint64LE, Buffer.prototype.readBigUInt64LE);
assert.strictEqual(Buffer.prototype.writeBigUint64BE, Buffer.prototype.writeBigUInt64BE);

assert.throws(() => buf.writeBigInt64LE(1), TypeError);  // a number is not a BigInt
