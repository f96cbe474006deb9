'use strict';
// Web Crypto: `crypto.webcrypto` / globalThis.crypto. getRandomValues, randomUUID, subtle.digest;
// SubtleCrypto's argument checks and dispatch to the secret-key algorithms (webcrypto_secret.js)
// and the asymmetric ones (webcrypto_asym.js).

const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_ILLEGAL_CONSTRUCTOR,
  ERR_MISSING_ARGS,
} } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { Buffer } = require('buffer');
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

function secret() {
  return require('internal/crypto/webcrypto_secret');
}

function asym() {
  return require('internal/crypto/webcrypto_asym');
}

function isDeriveAsym(name) {
  return name === 'ECDH' || name === 'X25519' || name === 'X448';
}

// An algorithm used with an operation it does not have.
function unsupported() {
  return lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function checkSignKey(key, alg, usage) {
  if (!(key instanceof secret().CryptoKey)) {
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
  if (!key.usages.includes(usage) || alg.name !== key.algorithm.name) {
    throw lazyDOMException(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
}

function checkDeriveKey(baseKey, alg, usage) {
  if (!(baseKey instanceof secret().CryptoKey)) {
    throw new ERR_INVALID_ARG_TYPE('baseKey', 'CryptoKey', baseKey);
  }
  if (!baseKey.usages.includes(usage)) {
    throw lazyDOMException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  }
  if (baseKey.algorithm.name !== alg.name) {
    throw lazyDOMException('Key algorithm mismatch', 'InvalidAccessError');
  }
}

function checkSignName(name) {
  if (!['HMAC', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448'].includes(name)) {
    throw unsupported();
  }
}

function checkCipherName(name) {
  if (!['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW'].includes(name)) throw unsupported();
}

// Node's WebIDL enum check of the KeyFormat argument.
function checkFormat(format, method) {
  if (format !== 'raw' && format !== 'pkcs8' && format !== 'spki' && format !== 'jwk') {
    const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': 1st argument ` +
      `value '${format}' is not a valid enum value of type KeyFormat.`);
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
}

function importAnyKey(format, keyData, algorithm, extractable, keyUsages) {
  const s = secret();
  const alg = s.normalize(algorithm);
  if (asym().isAsymmetric(alg.name)) {
    return asym().importKey(format, keyData, alg, extractable, keyUsages);
  }
  return s.importSecret(format, keyData, algorithm, extractable, keyUsages);
}

function exportAnyKey(format, key) {
  const s = secret();
  if (!(key instanceof s.CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (key.type === 'secret') return s.exportSecret(format, key);
  if (!key.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  return asym().exportKey(format, key);
}

// Every method checks its receiver and runs asynchronously: errors become rejections.
Object.assign(SubtleCrypto.prototype, {
  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 5) {
      throw new ERR_MISSING_ARGS('format', 'keyData', 'algorithm', 'extractable', 'keyUsages');
    }
    checkFormat(format, 'importKey');
    return importAnyKey(format, keyData, algorithm, !!extractable, keyUsages);
  },

  async exportKey(format, key) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('format', 'key');
    checkFormat(format, 'exportKey');
    return exportAnyKey(format, key);
  },

  async generateKey(algorithm, extractable, keyUsages) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 3) throw new ERR_MISSING_ARGS('algorithm', 'extractable', 'keyUsages');
    const alg = secret().normalize(algorithm);
    if (asym().isAsymmetric(alg.name)) {
      return asym().generateKeyPair(alg, !!extractable, keyUsages);
    }
    return secret().generateSecret(algorithm, !!extractable, keyUsages);
  },

  async sign(algorithm, key, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 3) throw new ERR_MISSING_ARGS('algorithm', 'key', 'data');
    const s = secret();
    const alg = s.normalize(algorithm);
    checkSignName(alg.name);
    checkSignKey(key, alg, 'sign');
    if (alg.name !== 'HMAC') return asym().sign(alg, key, s.bufferSource(data, 'data'));
    return s.toAb(s.hmac(key, s.bufferSource(data, 'data')));
  },

  async verify(algorithm, key, signature, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 4) throw new ERR_MISSING_ARGS('algorithm', 'key', 'signature', 'data');
    const s = secret();
    const alg = s.normalize(algorithm);
    checkSignName(alg.name);
    checkSignKey(key, alg, 'verify');
    if (alg.name !== 'HMAC') {
      return asym().verify(alg, key, s.bufferSource(signature, 'signature'),
                           s.bufferSource(data, 'data'));
    }
    const expected = s.hmac(key, s.bufferSource(data, 'data'));
    const sig = s.bufferSource(signature, 'signature');
    return sig.length === expected.length && binding.timingSafeEqual(sig, expected);
  },

  async encrypt(algorithm, key, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 3) throw new ERR_MISSING_ARGS('algorithm', 'key', 'data');
    const s = secret();
    const alg = s.normalize(algorithm);
    if (alg.name === 'RSA-OAEP') {
      return asym().oaep(alg, key, s.bufferSource(data, 'data'), true, 'encrypt');
    }
    checkCipherName(alg.name);
    s.checkKey(key, alg, 'encrypt');
    return s.toAb(s.aesCipher(alg, key, s.bufferSource(data, 'data'), true));
  },

  async decrypt(algorithm, key, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 3) throw new ERR_MISSING_ARGS('algorithm', 'key', 'data');
    const s = secret();
    const alg = s.normalize(algorithm);
    if (alg.name === 'RSA-OAEP') {
      return asym().oaep(alg, key, s.bufferSource(data, 'data'), false, 'decrypt');
    }
    checkCipherName(alg.name);
    s.checkKey(key, alg, 'decrypt');
    return s.toAb(s.aesCipher(alg, key, s.bufferSource(data, 'data'), false));
  },

  async deriveBits(algorithm, baseKey, length) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('algorithm', 'baseKey');
    const alg = secret().normalize(algorithm);
    checkDeriveKey(baseKey, alg, 'deriveBits');
    if (isDeriveAsym(alg.name)) return asym().deriveBits(alg, baseKey, length, 'deriveBits');
    return secret().deriveBits(algorithm, baseKey, length);
  },

  async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 5) {
      throw new ERR_MISSING_ARGS('algorithm', 'baseKey', 'derivedKeyType', 'extractable',
                                 'keyUsages');
    }
    const s = secret();
    const type = s.normalize(derivedKeyType);
    let length = type.length;
    if (type.name === 'HMAC' && length === undefined) {
      length = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 }[
        typeof type.hash === 'string' ? type.hash.toUpperCase() : `${type.hash?.name}`.toUpperCase()];
    }
    const alg = s.normalize(algorithm);
    checkDeriveKey(baseKey, alg, 'deriveKey');
    const ab = await (isDeriveAsym(alg.name) ?
      asym().deriveBits(alg, baseKey, length, 'deriveKey') :
      s.deriveBits(algorithm, baseKey, length, 'deriveKey'));
    return s.importSecret('raw', ab, derivedKeyType, !!extractable, keyUsages);
  },

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 4) {
      throw new ERR_MISSING_ARGS('format', 'key', 'wrappingKey', 'wrapAlgorithm');
    }
    const s = secret();
    checkFormat(format, 'wrapKey');
    const alg = s.normalize(wrapAlgorithm);
    let exported = exportAnyKey(format, key);
    if (format === 'jwk') {
      let raw = JSON.stringify(exported);
      // AES-KW needs a multiple of 8 bytes: Node pads the JSON with spaces.
      if (alg.name === 'AES-KW' && raw.length % 8 !== 0) raw += ' '.repeat(8 - (raw.length % 8));
      exported = Buffer.from(raw);
    }
    if (alg.name === 'RSA-OAEP') {
      return asym().oaep(alg, wrappingKey, s.bufferSource(exported, 'key'), true, 'wrapKey');
    }
    checkCipherName(alg.name);
    s.checkKey(wrappingKey, alg, 'wrapKey');
    return s.toAb(s.aesCipher(alg, wrappingKey, s.bufferSource(exported, 'key'), true));
  },

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
                  extractable, keyUsages) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 7) {
      throw new ERR_MISSING_ARGS('format', 'wrappedKey', 'unwrappingKey', 'unwrapAlgorithm',
                                 'unwrappedKeyAlgorithm', 'extractable', 'keyUsages');
    }
    const s = secret();
    checkFormat(format, 'unwrapKey');
    const alg = s.normalize(unwrapAlgorithm);
    let keyData;
    if (alg.name === 'RSA-OAEP') {
      keyData = Buffer.from(asym().oaep(alg, unwrappingKey,
                                        s.bufferSource(wrappedKey, 'wrappedKey'), false,
                                        'unwrapKey'));
    } else {
      checkCipherName(alg.name);
      s.checkKey(unwrappingKey, alg, 'unwrapKey');
      keyData = s.aesCipher(alg, unwrappingKey, s.bufferSource(wrappedKey, 'wrappedKey'), false);
    }
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(keyData.toString());
      } catch {
        throw lazyDOMException('Invalid wrapped JWK key', 'DataError');
      }
    }
    return importAnyKey(format, keyData, unwrappedKeyAlgorithm, !!extractable, keyUsages);
  },
});

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

const crypto = new Crypto(kConstruct);

module.exports = {
  crypto,
  Crypto,
  get CryptoKey() { return secret().CryptoKey; },
  SubtleCrypto,
};
