'use strict';
// node:crypto on OpenSSL 3. What tide does not implement yet throws ERR_NOT_IMPLEMENTED naming
// the function (see docs/compat.md).

// internal/crypto/util defines the crypto error codes internal/errors lacks: load it first.
const {
  binding, getHashes, getCiphers, getCurves,
} = require('internal/crypto/util');
const { codes: {
  ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
  ERR_INVALID_ARG_TYPE,
  ERR_NOT_IMPLEMENTED,
} } = require('internal/errors');
const { validateInt32, validateObject } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv } = require('internal/crypto/cipher');
const {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/kdf');
const {
  KeyObject, createSecretKey, createPublicKey, createPrivateKey, generateKey, generateKeySync,
} = require('internal/crypto/keys');
const {
  generateKeyPair, generateKeyPairSync, sign, verify, Sign, Verify,
} = require('internal/crypto/sign');
const {
  publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman,
} = require('internal/crypto/pkey_ops');
const {
  generatePrime, generatePrimeSync, checkPrime, checkPrimeSync,
} = require('internal/crypto/prime');
const {
  DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup,
  getDiffieHellman,
} = require('internal/crypto/diffiehellman');
const { Certificate } = require('internal/crypto/certificate');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function bufferSourceError(name) {
  // Node raises this one from C++, without the "Received …" tail.
  const err = new TypeError(`The "${name}" argument must be an instance of ArrayBuffer, ` +
                            'Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) throw bufferSourceError('buf1');
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) throw bufferSourceError('buf2');
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

const kModes = {
  __proto__: null,
  0: 'stream', 1: 'ecb', 2: 'cbc', 3: 'cfb', 4: 'ofb', 5: 'ctr', 6: 'gcm', 7: 'ccm',
  0x10001: 'xts', 0x10002: 'wrap', 0x10003: 'ocb', 0x10004: 'siv',
};

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength;
  let ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.cipherInfo(nameOrNid, keyLength ?? -1, ivLength ?? -1);
  if (info === undefined) return undefined;
  const [keyLen, ivLen, blockSize, mode, nid, name] = info;
  const result = { mode: kModes[mode] ?? 'stream', name: name.toLowerCase(), nid };
  if (mode !== 0) result.blockSize = blockSize;
  if (ivLen !== 0) result.ivLength = ivLen;
  result.keyLength = keyLen;
  return result;
}

function getFips() {
  return 0;
}

function setFips(value) {
  if (value) throw new ERR_NOT_IMPLEMENTED('crypto.setFips(true)');
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`crypto.${name}()`);
  };
}

const constants = Object.freeze({
  __proto__: null,
  OPENSSL_VERSION_NUMBER: binding.opensslVersionNumber,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

let webcrypto;
function lazyWebCrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

module.exports = {
  // Methods
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  generateKeyPair,
  generateKeyPairSync,
  sign,
  verify,
  publicEncrypt,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  diffieHellman,
  getCiphers,
  getCipherInfo,
  getCurves,
  getHashes,
  hash,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips,
  setFips,
  secureHeapUsed,
  getRandomValues(array) {
    return lazyWebCrypto().crypto.getRandomValues(array);
  },
  checkPrime,
  checkPrimeSync,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman,
  createECDH(curve) {
    return require('internal/crypto/ecdh').createECDH(curve);
  },
  generatePrime,
  generatePrimeSync,
  generateKey,
  generateKeySync,
  setEngine: notImplemented('setEngine'),

  // Classes
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject,
  Certificate,
  DiffieHellman,
  DiffieHellmanGroup,
  get ECDH() {
    return require('internal/crypto/ecdh').ECDH;
  },
  Sign,
  Verify,
  get X509Certificate() {
    return require('internal/crypto/x509').X509Certificate;
  },

  constants,
};

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
  },
});
