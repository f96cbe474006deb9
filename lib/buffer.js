'use strict';
// node:buffer. Buffer follows Node's design: every Buffer is a FastBuffer (a Uint8Array subclass,
// lib/internal/buffer.js) and Buffer.prototype is FastBuffer.prototype, so `Buffer(...)` stays
// callable for old code. Small Buffers made by allocUnsafe/from share an 8 KiB pool. The byte work
// (every encoding, compare, search, fill, swap) is in C++ (src/bindings/buffer.cc).

const binding = internalBinding('buffer');
const { createUnsafeArrayBuffer } = binding;
const bufferOptions = require('internal/buffer_options');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBuffer,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isUint8Array,
} = require('internal/util/types');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  normalizeEncoding,
  getEncodingOps,
  encodingOps,
  kUtf8,
  notAStringError,
} = require('internal/buffer');
const { markAsUntransferable } = require('internal/native_builtins');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, writable: false, enumerable: true,
  },
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayPrototypeFill = Function.prototype.call.bind(Uint8Array.prototype.fill);
const TypedArrayPrototypeSet = Function.prototype.call.bind(Uint8Array.prototype.set);

let INSPECT_MAX_BYTES = 50;

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

// --- the pool -------------------------------------------------------------------------------------

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = poolSize >= kUnsafeThreshold ? createUnsafeArrayBuffer(poolSize) :
    new ArrayBuffer(poolSize);
  markAsUntransferable(allocPool);  // allocPool.transfer() would take every pooled Buffer's memory
  poolOffset = 0;
}

function alignPool() {
  // Keep every pooled Buffer 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// allocPool is made on first use, not at load: this module may be in the startup snapshot.
function poolRoom(size) {
  if (allocPool === undefined || size > poolSize - poolOffset) createPool();
}

// --- DEP0005 --------------------------------------------------------------------------------------

const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use ' +
  'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;

// Whether the code that called into Buffer() lives under a node_modules folder: the first stack
// frame outside tide's own lib/ decides.
function isInsideNodeModules() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 20;
  Error.captureStackTrace(holder, isInsideNodeModules);
  Error.stackTraceLimit = limit;
  const lines = `${holder.stack}`.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const match = /\((.*):\d+:\d+\)$/.exec(line) || /at (.*):\d+:\d+$/.exec(line);
    if (match === null) continue;
    const file = match[1];
    if (file.startsWith('node:')) continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(file);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted || ++nodeModulesCheckCounter > 10000) return;
  const { getOptionValue } = require('internal/options');
  if (!getOptionValue('--pending-deprecation') && isInsideNodeModules()) return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

// --- Buffer ---------------------------------------------------------------------------------------

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Object.defineProperty(Buffer, 'from', {
  __proto__: null, value: from, writable: true, enumerable: true, configurable: true,
});

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isArrayBufferView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const buf = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

// SlowBuffer(size): allocUnsafeSlow as a (deprecated) constructor.
function SlowBuffer(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// "Unsafe" memory is not zeroed first (the binding adopts malloc'd memory: V8 10.2 only makes
// zeroed ArrayBuffers); below kUnsafeThreshold zeroing costs less than the crossing into C++.
const kUnsafeThreshold = 1024;
function createUnsafeBuffer(size) {
  if (size < kUnsafeThreshold || bufferOptions.zeroFill) return new FastBuffer(size);
  return new FastBuffer(createUnsafeArrayBuffer(size));
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (bufferOptions.zeroFill) return new FastBuffer(size);
  if (size < (Buffer.poolSize >>> 1)) {
    poolRoom(size);
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringFast(string, ops) {
  // A UTF-8 string that cannot fit in the pool anyway is encoded in one pass, unmeasured.
  const utf8 = ops === encodingOps.utf8;
  const length = utf8 && string.length >= (Buffer.poolSize >>> 1) ? -1 : ops.byteLength(string);
  if (length < 0 || length >= (Buffer.poolSize >>> 1)) {
    const ab = binding.encodeLarge(string, ops.encodingVal, length);
    return new FastBuffer(ab, 0, ab.byteLength);
  }
  poolRoom(length);
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    poolRoom(obj.length);
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArrayPrototypeSet(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// --- static methods -------------------------------------------------------------------------------

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      // Checked here, after the length was summed, as Node does.
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) TypedArrayPrototypeFill(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = (arguments.length > 2 && arguments[2] === true);
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return (mustMatch ? -1 : binding.byteLengthUtf8(string));
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// --- prototype ------------------------------------------------------------------------------------

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null, enumerable: true, configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null, enumerable: true, configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  TypedArrayPrototypeSet(target, source, targetStart);
  return nb;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isArrayBufferView(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isArrayBufferView(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

const proto = Buffer.prototype;

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.slice(this, 0, this.length, kUtf8);
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) return binding.slice(this, start, end, kUtf8);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0 & 255, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    // With utf16le, as for strings, only matches at even offsets count.
    return binding.indexOfBytes(buffer, val, byteOffset, dir, ops?.encoding === 'utf16le');
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;  // an empty string fills with zeroes
    } else if (value.length === 1) {
      // One byte: the fast path of a number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalizedEncoding;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value !== 'string' && !isArrayBufferView(value) && typeof value !== 'number') {
    value = (+value >>> 0) & 255;
  }
  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayPrototypeFill(buf, value, offset, end);
  } else {
    const ops = encoding === undefined ? undefined : encodingOps[encoding];
    const res = binding.fill(buf, value, offset, end, ops === undefined ? kUtf8 : ops.encodingVal);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') throw notAStringError();
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};
proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  binding.swap(this, 2);
  return this;
};
proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  binding.swap(this, 4);
  return this;
};
proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  binding.swap(this, 8);
  return this;
};

proto.toLocaleString = proto.toString;

// util.inspect(buffer): <Buffer 68 65 6c 6c 6f>, at most INSPECT_MAX_BYTES bytes, then any own
// non-index properties.
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.slice(this, 0, actualMax, 7).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const { getOwnNonIndexProperties } = internalBinding('util');
    const filter = ctx.showHidden ? 0 : 2;  // ALL_PROPERTIES : ONLY_ENUMERABLE
    const obj = { __proto__: null };
    for (const key of getOwnNonIndexProperties(this, filter)) {
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      const utilInspect = require('internal/util/inspect').inspect;
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};

// --- atob / btoa ----------------------------------------------------------------------------------

function invalidCharacterError(message) {
  let DOMException;
  try {
    ({ DOMException } = require('internal/domexception'));
  } catch {
    // A build without DOMException: an Error with the same name, message and code.
    const err = new Error(message);
    Object.defineProperties(err, {
      name: { __proto__: null, value: 'InvalidCharacterError', writable: true, configurable: true },
      code: { __proto__: null, value: 5, writable: true, configurable: true },
    });
    return err;
  }
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw invalidCharacterError('Invalid character');
  }
  const buf = Buffer.from(input, 'latin1');
  return buf.toString('base64');
}

// ASCII whitespace, which atob skips: TAB, LF, FF, CR, SPACE.
const kAsciiWhitespace = [0x09, 0x0A, 0x0C, 0x0D, 0x20];

function isBase64Char(code) {
  return (code >= 0x41 && code <= 0x5A) || (code >= 0x61 && code <= 0x7A) ||
    (code >= 0x30 && code <= 0x39) || code === 0x2B || code === 0x2F;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let nonAsciiWhitespaceCharCount = 0;
  let equalCharCount = 0;
  for (let n = 0; n < input.length; n++) {
    const code = input.charCodeAt(n);
    if (kAsciiWhitespace.includes(code)) continue;
    if (isBase64Char(code)) {
      if (equalCharCount > 0) throw invalidCharacterError('Invalid character');  // after '='
      nonAsciiWhitespaceCharCount++;
    } else if (code === 0x3D) {
      nonAsciiWhitespaceCharCount++;
      equalCharCount++;
      if (equalCharCount > 2) throw invalidCharacterError('Invalid character');
    } else {
      throw invalidCharacterError('Invalid character');
    }
  }
  // The forgiving-base64 rules (infra.spec.whatwg.org/#forgiving-base64-decode).
  let remainder = nonAsciiWhitespaceCharCount % 4;
  if (!remainder) {
    // Without the trailing "=" padding.
    remainder = (nonAsciiWhitespaceCharCount - equalCharCount) % 4;
  } else if (equalCharCount) {
    // '=' padding with a partial group left over.
    throw invalidCharacterError('Invalid character');
  }
  if (remainder === 1) {
    throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  }
  return Buffer.from(input, 'base64').toString('latin1');
}

// --- isUtf8 / isAscii / transcode -----------------------------------------------------------------

function validateBytesInput(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return;
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  validateBytesInput(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  validateBytesInput(input);
  return binding.isAscii(input);
}

const kIcuNames = {
  __proto__: null,
  ascii: 'us-ascii', latin1: 'iso8859-1', utf16le: 'utf-16le', utf8: 'utf-8',
};

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = kIcuNames[normalizeEncoding(fromEncoding) || fromEncoding];
  const to = kIcuNames[normalizeEncoding(toEncoding) || toEncoding];
  // 1 is ICU's U_ILLEGAL_ARGUMENT_ERROR, what Node reports for an encoding it cannot transcode.
  const result = from === undefined || to === undefined ? 1 : binding.transcode(source, from, to);
  if (typeof result !== 'number') return new FastBuffer(result);
  const code = binding.icuErrorName(result);
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = result;
  throw err;
}

// --- the module -----------------------------------------------------------------------------------

const { Blob, File, resolveObjectURL } = require('internal/blob');

module.exports = {
  Blob,
  File,
  resolveObjectURL,
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
