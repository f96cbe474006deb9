'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues over OpenSSL's CSPRNG
// (RAND_bytes; asynchronous fills run on libuv's pool).

const { kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateNumber, validateFunction, validateBoolean, validateObject } =
  require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { binding } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

// The ArrayBuffer under `buf` and the absolute offset of `offset` bytes into it.
function fill(buf, offset, size, callback) {
  if (isAnyArrayBuffer(buf)) return binding.randomFill(buf, offset, size, callback);
  return binding.randomFill(buf.buffer, buf.byteOffset + offset, size, callback);
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    if (size > 0) fill(buf, 0, size);
    return buf;
  }
  fill(buf, 0, size, function(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size > 0) fill(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) {
      size = buf.byteLength - offset;
    } else {
      size = assertSize(size, elementSize, offset, buf.byteLength);
    }
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    callback(null, buf);
    return;
  }
  fill(buf, offset, size, function(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, buf);
  });
}

// randomInt draws 48-bit values from a cache refilled 1,024 draws at a time and rejects those
// above the largest multiple of the range (no modulo bias).
const RAND_MAX = 0xFFFF_FFFF_FFFF;
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      fill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  fill(randomCache, 0, randomCache.length, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.splice(0);
    if (!err) randomCacheOffset = 0;
    // Restart the pending draws; they may queue another refill.
    for (const { min, max, callback } of tasks.splice(0)) randomInt(min, max, callback);
    if (errorReceiver) {
      for (const { callback } of errorReceiver) process.nextTick(callback, err);
    }
  });
}

// randomUUID: version-4 UUIDs cut from a cache of 128 UUIDs' worth of random bytes (unless
// disableEntropyCache).
const kHexBytes = [];
for (let i = 0; i < 256; i++) kHexBytes[i] = i.toString(16).padStart(2, '0');
let uuidData;
let uuidNotBuffered;
let uuidBatch = 0;

function getBufferedUUID() {
  uuidData ??= new FastBuffer(16 * 128);
  if (uuidBatch === 0) fill(uuidData, 0, uuidData.length);
  uuidBatch = (uuidBatch + 1) % 128;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function getUnbufferedUUID() {
  uuidNotBuffered ??= new FastBuffer(16);
  fill(uuidNotBuffered, 0, 16);
  return serializeUUID(uuidNotBuffered, 0);
}

function serializeUUID(buf, offset) {
  const kHex = kHexBytes;
  return kHex[buf[offset]] + kHex[buf[offset + 1]] + kHex[buf[offset + 2]] +
    kHex[buf[offset + 3]] + '-' + kHex[buf[offset + 4]] + kHex[buf[offset + 5]] + '-' +
    kHex[(buf[offset + 6] & 0x0f) | 0x40] + kHex[buf[offset + 7]] + '-' +
    kHex[(buf[offset + 8] & 0x3f) | 0x80] + kHex[buf[offset + 9]] + '-' +
    kHex[buf[offset + 10]] + kHex[buf[offset + 11]] + kHex[buf[offset + 12]] +
    kHex[buf[offset + 13]] + kHex[buf[offset + 14]] + kHex[buf[offset + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

function isIntegerTypedArray(data) {
  switch (Object.prototype.toString.call(data)) {
    case '[object Int8Array]': case '[object Uint8Array]': case '[object Uint8ClampedArray]':
    case '[object Int16Array]': case '[object Uint16Array]': case '[object Int32Array]':
    case '[object Uint32Array]': case '[object BigInt64Array]': case '[object BigUint64Array]':
      return isArrayBufferView(data) && !(data instanceof DataView);
    default:
      return false;
  }
}

// Web Crypto's getRandomValues (without the receiver check, which webcrypto.js adds).
function getRandomValues(data) {
  const { DOMException } = require('internal/domexception');
  if (!isIntegerTypedArray(data)) {
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) fill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
};
