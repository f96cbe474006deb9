'use strict';
// Node's errors for out-of-range values and offsets, bad offset types and bad byteLengths.
const assert = require('assert');

const buf = Buffer.alloc(4);
assert.throws(() => buf.readUInt32LE(1), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => buf.readUInt8(4), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4',
});
assert.throws(() => buf.readUInt8(1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => buf.readUInt16LE('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(4).readDoubleLE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.alloc(8).readBigInt64LE(1), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});

assert.throws(() => buf.writeUInt8(256), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => buf.writeInt8(-129), {
  message: 'The value of "value" is out of range. It must be >= -128 and <= 127. Received -129',
});
assert.throws(() => buf.writeUInt16BE(65536), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 65535. Received 65536',
});
assert.throws(() => buf.writeInt32LE(2 ** 31), {
  message: 'The value of "value" is out of range. It must be >= -2147483648 and <= 2147483647. ' +
    'Received 2147483648',
});
assert.throws(() => buf.writeUInt32LE(-1), {
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. Received -1',
});
assert.throws(() => Buffer.alloc(6).writeUIntLE(2 ** 48, 0, 6), {
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. ' +
    'Received 281_474_976_710_656',
});
assert.throws(() => Buffer.alloc(6).writeIntBE(2 ** 47, 0, 6), {
  message: 'The value of "value" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. ' +
    'Received 140_737_488_355_328',
});
assert.throws(() => Buffer.alloc(8).writeBigUInt64LE(-1n), {
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n',
});
assert.throws(() => Buffer.alloc(8).writeBigInt64BE(2n ** 63n), {
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. ' +
    'Received 9_223_372_036_854_775_808n',
});
assert.throws(() => buf.writeUInt16LE(1, 3), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
});
assert.throws(() => buf.writeFloatLE(1, 1), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => buf.writeDoubleLE(1, 0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

for (const width of [0, 7, 1.5]) {
  assert.throws(() => Buffer.alloc(8).readUIntLE(0, width), {
    code: 'ERR_OUT_OF_RANGE',
    message: Number.isInteger(width) ?
      `The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received ${width}` :
      /It must be an integer/,
  });
  assert.throws(() => Buffer.alloc(8).writeIntBE(0, 0, width), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => Buffer.alloc(8).readIntLE(undefined, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => Buffer.alloc(8).readUIntBE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
