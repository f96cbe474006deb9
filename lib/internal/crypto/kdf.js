'use strict';
// pbkdf2, scrypt and hkdf (+Sync). The asynchronous forms run on libuv's pool.

// internal/crypto/util defines the crypto error codes internal/errors lacks: load it first.
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const { kMaxLength } = require('buffer');
const { codes: {
  ERR_CRYPTO_INVALID_DIGEST,
  ERR_CRYPTO_INVALID_KEYLEN,
  ERR_INCOMPATIBLE_OPTION_PAIR,
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateFunction, validateInt32, validateInteger, validateString, validateUint32 } =
  require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { isKeyObject, kKeyBytes } = require('internal/crypto/keys');

function checkDigest(digest) {
  if (binding.digestSize(digest) < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
}

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  checkDigest(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } =
    pbkdf2Check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  binding.pbkdf2(password, salt, iterations, keylen, digest, (err, ab) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(ab));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } =
    pbkdf2Check(password, salt, iterations, keylen, digest));
  return new FastBuffer(binding.pbkdf2(password, salt, iterations, keylen, digest));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_INCOMPATIBLE_OPTION_PAIR('N', 'cost');
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_INCOMPATIBLE_OPTION_PAIR('r', 'blockSize');
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_INCOMPATIBLE_OPTION_PAIR('p', 'parallelization');
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  binding.scryptCheck(N, r, p, maxmem);
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const o = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen, (err, ab) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(ab));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const o = scryptCheck(password, salt, keylen, options);
  return new FastBuffer(binding.scrypt(o.password, o.salt, o.N, o.r, o.p, o.maxmem, o.keylen));
}

function toBuf(value) {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}

function validateByteSource(value, name) {
  value = toBuf(value);
  if (isAnyArrayBuffer(value) || isArrayBufferView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(name,
                                 ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'],
                                 value);
}

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  if (isKeyObject(key)) {
    if (key.type !== 'secret') {
      throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer',
        'TypedArray', 'DataView', 'Buffer'], key);
    }
    key = key[kKeyBytes];
  } else if (!isAnyArrayBuffer(key)) {
    key = toBuf(key);
    if (!isArrayBufferView(key)) {
      throw new ERR_INVALID_ARG_TYPE('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer',
        'TypedArray', 'DataView', 'Buffer'], key);
    }
  }
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(hash);
  if (size < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hash);
  if (length > size * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  const o = hkdfCheck(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(o.hash, o.key, o.salt, o.info, o.length, (err, ab) => {
    if (err) return callback(err);
    callback(null, ab);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  const o = hkdfCheck(hash, key, salt, info, length);
  return binding.hkdf(o.hash, o.key, o.salt, o.info, o.length);
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
