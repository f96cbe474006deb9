'use strict';
// Web Crypto: `crypto.webcrypto` / globalThis.crypto. getRandomValues, randomUUID and
// subtle.digest work; the other SubtleCrypto methods reject with ERR_NOT_IMPLEMENTED.

const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_MISSING_ARGS,
  ERR_NOT_IMPLEMENTED,
} } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { binding } = require('internal/crypto/util');
const random = require('internal/crypto/random');

const kConstruct = Symbol('kConstruct');

const kDigests = {
  __proto__: null,
  'sha-1': ['SHA-1', 'sha1'],
  'sha-256': ['SHA-256', 'sha256'],
  'sha-384': ['SHA-384', 'sha384'],
  'sha-512': ['SHA-512', 'sha512'],
};

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, name);
}

function normalizeDigestAlgorithm(algorithm) {
  let name;
  if (typeof algorithm === 'string') {
    name = algorithm;
  } else if (algorithm !== null && typeof algorithm === 'object') {
    if (algorithm.name === undefined) {
      throw new ERR_INVALID_ARG_TYPE('algorithm.name', 'string', algorithm.name);
    }
    name = `${algorithm.name}`;
  } else {
    name = `${algorithm}`;
  }
  const entry = kDigests[name.toLowerCase()];
  if (entry === undefined) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return entry;
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('algorithm', 'data');
    const [, opensslName] = normalizeDigestAlgorithm(algorithm);
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw new ERR_INVALID_ARG_TYPE(
        "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument", [
          'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return binding.oneShotDigest(opensslName, data, false, -1);
  }
}

for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    writable: true,
    value: {
      async [name]() {
        throw new ERR_NOT_IMPLEMENTED(`crypto.subtle.${name}()`);
      },
    }[name],
  });
}

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('array');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'Crypto',
});
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'SubtleCrypto',
});

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const crypto = new Crypto(kConstruct);

module.exports = { crypto, Crypto, CryptoKey, SubtleCrypto };
