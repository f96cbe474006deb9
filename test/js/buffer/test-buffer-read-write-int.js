'use strict';
// Integer readers and writers: (U)Int8/16/32 LE/BE, (U)IntLE/BE of 1-6 bytes, their return values
// (the offset after the write) and the Uint aliases.
const assert = require('assert');

const buf = Buffer.alloc(8);
assert.strictEqual(buf.writeUInt8(0xfe, 0), 1);
assert.strictEqual(buf.writeInt8(-2, 1), 2);
assert.strictEqual(buf.readUInt8(0), 0xfe);
assert.strictEqual(buf.readInt8(0), -2);
assert.strictEqual(buf.readInt8(1), -2);

assert.strictEqual(buf.writeUInt16LE(0x1234, 0), 2);
assert.strictEqual(buf.toString('hex', 0, 2), '3412');
assert.strictEqual(buf.writeUInt16BE(0x1234, 2), 4);
assert.strictEqual(buf.toString('hex', 2, 4), '1234');
assert.strictEqual(buf.readUInt16LE(0), 0x1234);
assert.strictEqual(buf.readUInt16BE(2), 0x1234);
buf.writeInt16LE(-300, 0);
assert.strictEqual(buf.readInt16LE(0), -300);
buf.writeInt16BE(-300, 0);
assert.strictEqual(buf.readInt16BE(0), -300);
assert.strictEqual(buf.readUInt16BE(0), 65536 - 300);

assert.strictEqual(buf.writeUInt32LE(0xdeadbeef, 0), 4);
assert.strictEqual(buf.toString('hex', 0, 4), 'efbeadde');
assert.strictEqual(buf.readUInt32LE(0), 0xdeadbeef);
assert.strictEqual(buf.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(buf.toString('hex', 4), 'deadbeef');
assert.strictEqual(buf.readUInt32BE(4), 0xdeadbeef);
assert.strictEqual(buf.readInt32BE(4), 0xdeadbeef | 0);
buf.writeInt32LE(-123456789, 0);
assert.strictEqual(buf.readInt32LE(0), -123456789);
buf.writeInt32BE(-1, 0);
assert.strictEqual(buf.readInt32BE(0), -1);
assert.strictEqual(buf.readUInt32BE(0), 0xffffffff);

// Variable widths.
for (let width = 1; width <= 6; width++) {
  const max = 2 ** (8 * width) - 1;
  const min = -(2 ** (8 * width - 1));
  for (const v of [0, 1, max, Math.floor(max / 3)]) {
    const b = Buffer.alloc(width + 1);
    assert.strictEqual(b.writeUIntLE(v, 1, width), width + 1);
    assert.strictEqual(b.readUIntLE(1, width), v);
    assert.strictEqual(b.writeUIntBE(v, 1, width), width + 1);
    assert.strictEqual(b.readUIntBE(1, width), v);
  }
  for (const v of [0, -1, min, -min - 1, 5]) {
    const b = Buffer.alloc(width);
    b.writeIntLE(v, 0, width);
    assert.strictEqual(b.readIntLE(0, width), v);
    b.writeIntBE(v, 0, width);
    assert.strictEqual(b.readIntBE(0, width), v);
  }
}
const six = Buffer.alloc(6);
six.writeUIntBE(0x123456789abc, 0, 6);
assert.strictEqual(six.toString('hex'), '123456789abc');
six.writeUIntLE(0x123456789abc, 0, 6);
assert.strictEqual(six.toString('hex'), 'bc9a78563412');
six.writeIntBE(-2, 0, 6);
assert.strictEqual(six.toString('hex'), 'fffffffffffe');

// Aliases are the same functions.
assert.strictEqual(Buffer.prototype.readUint32LE, Buffer.prototype.readUInt32LE);
assert.strictEqual(Buffer.prototype.writeUint16BE, Buffer.prototype.writeUInt16BE);
assert.strictEqual(Buffer.prototype.readUintBE, Buffer.prototype.readUIntBE);

// Defaults: offset 0; values are numbers after unary plus; fractions truncate.
const d = Buffer.alloc(4);
d.writeUInt16LE('258');
assert.strictEqual(d.readUInt16LE(), 258);
d.writeUInt8(3.9);
assert.strictEqual(d.readUInt8(), 3);
