'use strict';
// The pieces of node:buffer that lib/buffer.js builds Buffer from: FastBuffer (the Uint8Array
// subclass every Buffer is an instance of), the table of encodings with their native encoders and
// decoders (internalBinding('buffer')), and the integer/float/BigInt readers and writers, which
// are plain JS on the bytes, as Node's are, with Node's range errors.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');

// Kept in step with src/bindings/buffer.cc.
const kUtf8 = 1;
const kUcs2 = 2;
const kLatin1 = 3;
const kAscii = 4;
const kBase64 = 5;
const kBase64Url = 6;
const kHex = 7;

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// --- a typed array's length in hot paths (V8 10.2) --------------------------------------------
//
// V8 10.2's TurboFan, when it compiles a function off the main thread (V8's default; tide turns it
// off, `--concurrent-recompilation` turns it back on: src/engine/runtime.cc), gives up on any
// string-named property that has to be looked up past a typed array's own map: `buf.length`,
// `buf.byteLength` of any Buffer or Uint8Array becomes a generic LoadIC there (~30 ns: IC handler,
// then a call of the getter) instead of one field load. The streams' per-chunk paths read the
// length as `view[kShapeProbe]; TypedArrayPrototypeGetLength(view)`, fast in both modes: the probe
// (a symbol no object has; symbol-named lookups are not refused) makes TurboFan check the view's
// map against the load's feedback, and with the map known the direct call of
// %TypedArray%.prototype's length getter is inlined to a field load. Each module writes that helper
// itself, so that its probe has a feedback slot of its own (a shared helper inlined everywhere
// would see every kind of view and go megamorphic). See docs/design-notes.md "Streams".
const kShapeProbe = Symbol('kShapeProbe');
const TypedArrayPrototypeGetLength = Function.prototype.call.bind(
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), 'length').get);

// --- encodings ------------------------------------------------------------------------------------

// 'utf8', 'UTF-8', 'Ucs2', ... → the canonical name, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (`${enc}`.length) {
    case 3:
      if (enc === 'hex' || `${enc}`.toLowerCase() === 'hex') return 'hex';
      break;
    case 4:
      if (enc === 'utf8' || enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 5:
      if (enc === 'utf-8' || enc === 'UTF-8' || enc === 'ascii') return enc === 'ascii' ? 'ascii' : 'utf8';
      if (enc === 'ucs-2' || enc === 'UCS-2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64' || enc === 'latin1' || enc === 'binary') {
        return enc === 'binary' ? 'latin1' : enc;
      }
      enc = `${enc}`.toLowerCase();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' || `${enc}`.toLowerCase() === 'utf16le') {
        return 'utf16le';
      }
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' || `${enc}`.toLowerCase() === 'utf-16le') {
        return 'utf16le';
      }
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' || `${enc}`.toLowerCase() === 'base64url') {
        return 'base64url';
      }
      break;
    default:
      if (enc === '') return 'utf8';
  }
  return undefined;
}

function base64ByteLength(str, bytes) {
  // '=' padding at the end does not count.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, value, byteLength) {
  return {
    encoding: name,
    encodingVal: value,
    byteLength,
    write: (buf, string, offset, len) => binding.write(buf, string, offset, len, value),
    slice: (buf, start, end) => binding.slice(buf, start, end, value),
    indexOf: (buf, val, byteOffset, dir) => binding.indexOfString(buf, val, byteOffset, value, dir),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', kUtf8, binding.byteLengthUtf8),
  utf16le: makeOps('utf16le', kUcs2, (string) => string.length * 2),
  latin1: makeOps('latin1', kLatin1, (string) => string.length),
  ascii: makeOps('ascii', kAscii, (string) => string.length),
  base64: makeOps('base64', kBase64, (string) => base64ByteLength(string, string.length)),
  base64url: makeOps('base64url', kBase64Url, (string) => base64ByteLength(string, string.length)),
  hex: makeOps('hex', kHex, (string) => string.length >>> 1),
};

// The ops of an encoding name as users write it, or undefined.
function getEncodingOps(encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8') return encodingOps.utf8;
  if (typeof encoding !== 'string' && encoding !== undefined && encoding !== null) {
    encoding = `${encoding}`;
  }
  const name = encoding == null ? undefined : normalizeEncoding(encoding);
  return name === undefined ? undefined : encodingOps[name];
}

// --- bounds errors --------------------------------------------------------------------------------

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength] === undefined) {
    boundsError(offset, buf.length - (byteLength + 1));
  }
}

// `byteLength` here is the width minus one, as in checkBounds.
function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and < 2${n} ** ` +
                `${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength);
}

// --- readers --------------------------------------------------------------------------------------

// Unsigned little/big-endian integer of `width` (1..6) bytes at `offset`; the caller has checked.
function readUnsigned(buf, offset, width, little) {
  let value = 0;
  let mul = 1;
  if (little) {
    for (let i = 0; i < width; i++, mul *= 256) value += buf[offset + i] * mul;
  } else {
    for (let i = width - 1; i >= 0; i--, mul *= 256) value += buf[offset + i] * mul;
  }
  return value;
}

function readChecked(buf, offset, width, little, signed) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + width - 1] === undefined) {
    boundsError(offset, buf.length - width);
  }
  const value = readUnsigned(buf, offset, width, little);
  if (!signed) return value;
  const limit = 2 ** (width * 8);
  return value >= limit / 2 ? value - limit : value;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return readChecked(this, offset, byteLength, true, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function readUIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return readChecked(this, offset, byteLength, false, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function readIntLE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return readChecked(this, offset, byteLength, true, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function readIntBE(offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return readChecked(this, offset, byteLength, false, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}
function readInt8(offset = 0) {
  validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 2 ** 7) * 0x1fffffe;
}
function readUInt16LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 2 ** 8;
}
function readUInt16BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 2 ** 8 + last;
}
function readInt16LE(offset = 0) {
  const val = readUInt16LE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}
function readInt16BE(offset = 0) {
  const val = readUInt16BE.call(this, offset);
  return val | (val & 2 ** 15) * 0x1fffe;
}
function readUInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + last * 2 ** 24;
}
function readUInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}
function readInt32LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 + (last << 24);
}
function readInt32BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 + last;
}

function readBigUInt64LE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const lo = first + this[offset + 1] * 2 ** 8 + this[offset + 2] * 2 ** 16 +
    this[offset + 3] * 2 ** 24;
  const hi = this[offset + 4] + this[offset + 5] * 2 ** 8 + this[offset + 6] * 2 ** 16 +
    last * 2 ** 24;
  return BigInt(lo) + (BigInt(hi) << 32n);
}
function readBigUInt64BE(offset = 0) {
  validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 8);
  const hi = first * 2 ** 24 + this[offset + 1] * 2 ** 16 + this[offset + 2] * 2 ** 8 +
    this[offset + 3];
  const lo = this[offset + 4] * 2 ** 24 + this[offset + 5] * 2 ** 16 + this[offset + 6] * 2 ** 8 +
    last;
  return (BigInt(hi) << 32n) + BigInt(lo);
}
function readBigInt64LE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64LE.call(this, offset));
}
function readBigInt64BE(offset = 0) {
  return BigInt.asIntN(64, readBigUInt64BE.call(this, offset));
}

// Floats go through one shared scratch array in the machine's order (little-endian on x64).
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function readFloatGeneric(buf, offset, little) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 4);
  for (let i = 0; i < 4; i++) uInt8Float32Array[little ? i : 3 - i] = buf[offset + i];
  return float32Array[0];
}
function readDoubleGeneric(buf, offset, little) {
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  const first = buf[offset];
  const last = buf[offset + 7];
  if (first === undefined || last === undefined) boundsError(offset, buf.length - 8);
  for (let i = 0; i < 8; i++) uInt8Float64Array[little ? i : 7 - i] = buf[offset + i];
  return float64Array[0];
}
function readFloatLE(offset = 0) { return readFloatGeneric(this, offset, true); }
function readFloatBE(offset = 0) { return readFloatGeneric(this, offset, false); }
function readDoubleLE(offset = 0) { return readDoubleGeneric(this, offset, true); }
function readDoubleBE(offset = 0) { return readDoubleGeneric(this, offset, false); }

// --- writers --------------------------------------------------------------------------------------

// Writes `value` (already range-checked, possibly negative) as `width` bytes.
function writeBytes(buf, value, offset, width, little) {
  // Two's complement for negative values: add 2 ** bits.
  if (value < 0) value += 2 ** (width * 8);
  for (let i = 0; i < width; i++) {
    const byte = value % 256;
    buf[little ? offset + i : offset + width - 1 - i] = byte;
    value = (value - byte) / 256;
  }
  return offset + width;
}

function writeChecked(buf, value, offset, width, little, signed) {
  value = +value;
  if (offset === undefined) offset = 0;
  const bits = width * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (width === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, min, max, buf, offset, width - 1);
  }
  // Fractions are truncated and NaN is 0, as a typed array store would do.
  value = Math.trunc(value) || 0;
  return writeBytes(buf, value, offset, width, little);
}

function writeUIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return writeChecked(this, value, offset, byteLength, true, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeUIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return writeChecked(this, value, offset, byteLength, false, false);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntLE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return writeChecked(this, value, offset, byteLength, true, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}
function writeIntBE(value, offset, byteLength) {
  if (byteLength >= 1 && byteLength <= 6 && byteLength === (byteLength | 0)) {
    return writeChecked(this, value, offset, byteLength, false, true);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUInt8(value, offset = 0) { return writeChecked(this, value, offset, 1, true, false); }
function writeInt8(value, offset = 0) { return writeChecked(this, value, offset, 1, true, true); }
function writeUInt16LE(value, offset = 0) {
  return writeChecked(this, value, offset, 2, true, false);
}
function writeUInt16BE(value, offset = 0) {
  return writeChecked(this, value, offset, 2, false, false);
}
function writeInt16LE(value, offset = 0) { return writeChecked(this, value, offset, 2, true, true); }
function writeInt16BE(value, offset = 0) {
  return writeChecked(this, value, offset, 2, false, true);
}
function writeUInt32LE(value, offset = 0) {
  return writeChecked(this, value, offset, 4, true, false);
}
function writeUInt32BE(value, offset = 0) {
  return writeChecked(this, value, offset, 4, false, false);
}
function writeInt32LE(value, offset = 0) { return writeChecked(this, value, offset, 4, true, true); }
function writeInt32BE(value, offset = 0) {
  return writeChecked(this, value, offset, 4, false, true);
}

function writeBigU_Int64(buf, value, offset, min, max, little) {
  checkInt(value, min, max, buf, offset, 7);
  let lo = Number(value & 0xffffffffn);
  let hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[little ? offset + i : offset + 7 - i] = lo & 0xff;
    lo >>>= 8;
  }
  for (let i = 4; i < 8; i++) {
    buf[little ? offset + i : offset + 7 - i] = hi & 0xff;
    hi >>>= 8;
  }
  return offset + 8;
}
function writeBigUInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBigU_Int64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}

function writeFloatGeneric(buf, value, offset, little) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, 3);
  float32Array[0] = value;
  for (let i = 0; i < 4; i++) buf[offset + i] = uInt8Float32Array[little ? i : 3 - i];
  return offset + 4;
}
function writeDoubleGeneric(buf, value, offset, little) {
  value = +value;
  if (offset === undefined) offset = 0;
  checkBounds(buf, offset, 7);
  float64Array[0] = value;
  for (let i = 0; i < 8; i++) buf[offset + i] = uInt8Float64Array[little ? i : 7 - i];
  return offset + 8;
}
function writeFloatLE(value, offset = 0) { return writeFloatGeneric(this, value, offset, true); }
function writeFloatBE(value, offset = 0) { return writeFloatGeneric(this, value, offset, false); }
function writeDoubleLE(value, offset = 0) { return writeDoubleGeneric(this, value, offset, true); }
function writeDoubleBE(value, offset = 0) { return writeDoubleGeneric(this, value, offset, false); }

// --- the per-encoding slice/write methods Node has on Buffer.prototype ------------------------------

function makeSlice(value) {
  return function(start = 0, end = this.byteLength) {
    return binding.slice(this, +start || 0, +end || 0, value);
  };
}
// What Node's native writers throw for a string argument that is not one.
function notAStringError() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function makeWrite(value) {
  return function(string, offset = 0, length = this.byteLength - offset) {
    if (typeof string !== 'string') throw notAStringError();
    if (offset < 0 || offset > this.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    if (length < 0 || length > this.byteLength - offset) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    return binding.write(this, string, +offset || 0, +length || 0, value);
  };
}

function defineMethods(proto, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
    writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
    writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
    asciiSlice: makeSlice(kAscii), base64Slice: makeSlice(kBase64),
    base64urlSlice: makeSlice(kBase64Url), latin1Slice: makeSlice(kLatin1),
    hexSlice: makeSlice(kHex), ucs2Slice: makeSlice(kUcs2), utf8Slice: makeSlice(kUtf8),
    asciiWrite: makeWrite(kAscii), base64Write: makeWrite(kBase64),
    base64urlWrite: makeWrite(kBase64Url), latin1Write: makeWrite(kLatin1),
    hexWrite: makeWrite(kHex), ucs2Write: makeWrite(kUcs2), utf8Write: makeWrite(kUtf8),
  };
  defineMethods(proto, methods);
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  normalizeEncoding,
  getEncodingOps,
  encodingOps,
  kUtf8,
  notAStringError,
  kShapeProbe,
  TypedArrayPrototypeGetLength,
};
