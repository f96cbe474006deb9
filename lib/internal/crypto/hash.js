'use strict';
// Hash, Hmac and the one-shot crypto.hash() over the binding's Hash/Hmac (EVP_MD_CTX, HMAC_CTX).

const { Buffer } = require('buffer');
const { codes: {
  ERR_CRYPTO_HASH_FINALIZED,
  ERR_CRYPTO_HASH_UPDATE_FAILED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');
const { validateEncoding, validateString, validateUint32, validateObject } =
  require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/buffer');
const { binding, kHandle, toBuffer, encodeOutput } = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');
const LazyTransform = require('internal/crypto/lazy_transform');

const { Hash: _Hash, Hmac: _Hmac, oneShotDigest } = binding;
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

// update()'s data: strings in `encoding` (utf8 goes to C++ as is), or views.
function toUpdateData(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    if (encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' ||
        encoding === 'buffer') {
      return data;
    }
    return Buffer.from(data, encoding);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const copyFrom = algorithm instanceof _Hash ? algorithm : undefined;
  if (copyFrom === undefined) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ?
    options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new _Hash(copyFrom ?? algorithm, xofLen === undefined ? -1 : xofLen);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(toUpdateData(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(toBuffer(this[kHandle].digest(false)));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (!this[kHandle].update(toUpdateData(data, encoding))) {
    throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  }
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  if (outputEncoding === 'hex') return this[kHandle].digest(true);
  return encodeOutput(toBuffer(this[kHandle].digest(false)), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options != null && typeof options === 'object' ? options.encoding : undefined;
  key = prepareSecretKey(key, encoding);
  this[kHandle] = new _Hmac();
  this[kHandle].init(hmac, key);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    // Node returns an empty result for a second digest() of an Hmac.
    return encodeOutput(Buffer.alloc(0), outputEncoding);
  }
  state[kFinalized] = true;
  if (outputEncoding === 'hex') return this[kHandle].digest(true);
  return encodeOutput(toBuffer(this[kHandle].digest(false)), outputEncoding);
};

Hmac.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex'])
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex' && outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined && outputEncoding.toLowerCase() === 'buffer') {
      normalized = 'buffer';
    }
    if (normalized === undefined) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const result = oneShotDigest(algorithm, input, normalized === 'hex', -1);
  if (result === undefined) {
    const err = new Error(`Digest method ${algorithm} is not supported`);
    throw err;
  }
  if (normalized === 'hex') return result;
  return encodeOutput(toBuffer(result), normalized);
}

module.exports = { Hash, Hmac, hash };
