'use strict';
// SubtleCrypto for secret-key algorithms: AES-GCM/CBC/CTR/KW, HMAC, PBKDF2, HKDF — importKey /
// exportKey ('raw', 'jwk'), generateKey, sign/verify, encrypt/decrypt, deriveBits/deriveKey,
// wrapKey/unwrapKey — built on node:crypto's primitives. CryptoKey holds a secret KeyObject.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { binding } = require('internal/crypto/util');
const { createSecretKey, kKeyBytes } = require('internal/crypto/keys');

function domError(message, name) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, name);
}

const kKeyObject = Symbol('kKeyObject');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
let constructing = false;

class CryptoKey {
  constructor() {
    if (!constructing) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
  }
  get type() { return this[kKeyObject].type; }
  get extractable() { return this[kExtractable]; }
  get algorithm() { return this[kAlgorithm]; }
  get usages() { return this[kUsages]; }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'CryptoKey',
});
Object.defineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null,
  configurable: true,
  value(depth, options, inspect) {
    return `CryptoKey ${inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm,
      usages: this.usages,
    }, options)}`;
  },
});

function makeKey(bytes, algorithm, extractable, usages) {
  return makeCryptoKey(createSecretKey(bytes), algorithm, extractable, usages);
}

// A CryptoKey over any KeyObject (secret, public or private).
function makeCryptoKey(keyObject, algorithm, extractable, usages) {
  constructing = true;
  const key = new CryptoKey();
  constructing = false;
  key[kKeyObject] = keyObject;
  key[kAlgorithm] = algorithm;
  key[kExtractable] = extractable;
  key[kUsages] = usages;
  return key;
}

const kHashes = { __proto__: null, 'sha-1': 'SHA-1', 'sha-256': 'SHA-256', 'sha-384': 'SHA-384',
  'sha-512': 'SHA-512' };
const kHashBlock = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kNames = { __proto__: null, 'aes-gcm': 'AES-GCM', 'aes-cbc': 'AES-CBC', 'aes-ctr': 'AES-CTR',
  'aes-kw': 'AES-KW', 'hmac': 'HMAC', 'pbkdf2': 'PBKDF2', 'hkdf': 'HKDF' };
const kAsymmetricNames = { __proto__: null, 'rsassa-pkcs1-v1_5': 'RSASSA-PKCS1-v1_5',
  'rsa-pss': 'RSA-PSS', 'rsa-oaep': 'RSA-OAEP', 'ecdsa': 'ECDSA', 'ecdh': 'ECDH',
  'ed25519': 'Ed25519', 'ed448': 'Ed448', 'x25519': 'X25519', 'x448': 'X448' };
const kUsagesFor = {
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
  'HMAC': ['sign', 'verify'],
  'PBKDF2': ['deriveKey', 'deriveBits'],
  'HKDF': ['deriveKey', 'deriveBits'],
};

function normalizeHash(hash) {
  const name = typeof hash === 'string' ? hash : hash?.name;
  const normalized = kHashes[`${name}`.toLowerCase()];
  if (normalized === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return normalized;
}

function normalize(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  if (name === undefined) {
    throw new ERR_INVALID_ARG_TYPE('algorithm.name', 'string', name);
  }
  const lower = `${name}`.toLowerCase();
  const normalized = kNames[lower] ?? kAsymmetricNames[lower];
  if (normalized === undefined) {
    throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  return { ...(typeof algorithm === 'object' ? algorithm : {}), name: normalized };
}

function bufferSource(data, name) {
  if (isAnyArrayBuffer(data)) return Buffer.from(data);
  if (isArrayBufferView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function checkUsages(name, usages) {
  for (const usage of usages) {
    if (!kUsagesFor[name].includes(usage)) {
      const kind = name.startsWith('AES') ? 'an AES key' : name === 'HMAC' ? 'an HMAC key' :
        `a ${name} key`;
      throw domError(`Unsupported key usage for ${kind}`, 'SyntaxError');
    }
  }
}

function toAb(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function importSecret(format, keyData, algorithm, extractable, usages) {
  const alg = normalize(algorithm);
  usages = [...usages];
  checkUsages(alg.name, usages);
  let bytes;
  if (format === 'raw') {
    bytes = Buffer.from(bufferSource(keyData, 'keyData'));
  } else if (format === 'jwk') {
    if (keyData === null || typeof keyData !== 'object' || keyData.kty !== 'oct' ||
        typeof keyData.k !== 'string') {
      throw domError('Invalid keyData', 'DataError');
    }
    if (keyData.ext === false && extractable) {
      throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
    }
    bytes = Buffer.from(keyData.k, 'base64url');
  } else {
    throw domError(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
  }
  if (alg.name === 'PBKDF2' || alg.name === 'HKDF') {
    if (format !== 'raw') {
      throw domError(`Unable to import ${alg.name} key with format ${format}`, 'NotSupportedError');
    }
    if (extractable) throw domError(`${alg.name} keys are not extractable`, 'SyntaxError');
    return makeKey(bytes, { name: alg.name }, false, usages);
  }
  if (alg.name === 'HMAC') {
    if (alg.hash === undefined) {
      // Node's WebIDL layer words this one itself (internal/errors' ERR_MISSING_OPTION would
      // append " is required").
      const err = new TypeError("Failed to normalize algorithm: passed algorithm can not be " +
        "converted to 'HmacImportParams' because 'hash' is required in 'HmacImportParams'.");
      err.code = 'ERR_MISSING_OPTION';
      throw err;
    }
    const hash = normalizeHash(alg.hash);
    if (bytes.length === 0) throw domError('Zero-length key is not supported', 'DataError');
    const length = alg.length ?? bytes.length * 8;
    return makeKey(bytes, { name: 'HMAC', hash: { name: hash }, length }, extractable, usages);
  }
  if (![16, 24, 32].includes(bytes.length)) throw domError('Invalid key length', 'DataError');
  return makeKey(bytes, { name: alg.name, length: bytes.length * 8 }, extractable, usages);
}

function exportSecret(format, key) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (!key.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  const bytes = key[kKeyObject][kKeyBytes];
  if (format === 'raw') return toAb(Buffer.from(bytes));
  if (format === 'jwk') {
    const jwk = { key_ops: [...key.usages], ext: key.extractable, kty: 'oct',
                  k: bytes.toString('base64url') };
    const alg = key.algorithm;
    if (alg.name === 'HMAC') {
      jwk.alg = `HS${alg.hash.name.slice(4)}`;
    } else {
      const mode = { 'AES-GCM': 'GCM', 'AES-CBC': 'CBC', 'AES-CTR': 'CTR', 'AES-KW': 'KW' }[alg.name];
      jwk.alg = `A${alg.length}${mode}`;
    }
    return jwk;
  }
  throw domError(`Unable to export a raw ${key.algorithm.name} key`, 'NotSupportedError');
}

function generateSecret(algorithm, extractable, usages) {
  const alg = normalize(algorithm);
  if (alg.name === 'PBKDF2' || alg.name === 'HKDF') {
    throw domError('Unrecognized algorithm name', 'NotSupportedError');
  }
  usages = [...usages];
  checkUsages(alg.name, usages);
  const { randomBytes } = require('internal/crypto/random');
  if (alg.name === 'HMAC') {
    const hash = normalizeHash(alg.hash);
    const length = alg.length ?? kHashBlock[hash];
    return makeKey(randomBytes(Math.ceil(length / 8)), { name: 'HMAC', length, hash: { name: hash } },
                   extractable, usages);
  }
  if (![128, 192, 256].includes(alg.length)) {
    throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  return makeKey(randomBytes(alg.length / 8), { name: alg.name, length: alg.length }, extractable,
                 usages);
}

function checkKey(key, alg, usage) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (key.algorithm.name !== alg.name || !key.usages.includes(usage)) {
    throw domError('The requested operation is not valid for the provided key',
                   'InvalidAccessError');
  }
}

function hmac(key, data) {
  const nodeCrypto = require('crypto');
  const hash = key.algorithm.hash.name.replace('-', '').toLowerCase();
  return nodeCrypto.createHmac(hash, key[kKeyObject][kKeyBytes]).update(data).digest();
}

function aesCipher(alg, key, data, encrypt) {
  const nodeCrypto = require('crypto');
  const bits = key.algorithm.length;
  const keyBytes = key[kKeyObject][kKeyBytes];
  const make = encrypt ? nodeCrypto.createCipheriv : nodeCrypto.createDecipheriv;
  try {
    switch (alg.name) {
      case 'AES-CBC': {
        const iv = bufferSource(alg.iv, 'algorithm.iv');
        if (iv.length !== 16) throw domError('algorithm.iv must contain exactly 16 bytes', 'OperationError');
        const c = make(`aes-${bits}-cbc`, keyBytes, iv);
        return Buffer.concat([c.update(data), c.final()]);
      }
      case 'AES-CTR': {
        const counter = bufferSource(alg.counter, 'algorithm.counter');
        if (counter.length !== 16) {
          throw domError('algorithm.counter must contain exactly 16 bytes', 'OperationError');
        }
        if (alg.length === undefined || alg.length === 0 || alg.length > 128) {
          throw domError('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
        }
        // Only the low `length` bits of the block count: they wrap to zero without carrying into
        // the nonce bits, where OpenSSL's CTR mode carries through all 128. Each run up to a wrap
        // is one OpenSSL pass.
        const mask = (1n << BigInt(alg.length)) - 1n;
        // More blocks than counter values would reuse the key stream.
        if (BigInt(Math.ceil(data.length / 16)) > mask + 1n) {
          throw domError('The operation failed for an operation-specific reason', 'OperationError');
        }
        let block = BigInt(`0x${counter.toString('hex')}`);
        const parts = [];
        let offset = 0;
        do {
          const untilWrap = mask - (block & mask) + 1n;
          const left = BigInt(Math.ceil((data.length - offset) / 16));
          const take = untilWrap < left ? Number(untilWrap) * 16 : data.length - offset;
          const iv = Buffer.from(block.toString(16).padStart(32, '0'), 'hex');
          const c = make(`aes-${bits}-ctr`, keyBytes, iv);
          parts.push(c.update(data.subarray(offset, offset + take)), c.final());
          offset += take;
          block &= ~mask;
        } while (offset < data.length);
        return Buffer.concat(parts);
      }
      case 'AES-GCM': {
        const iv = bufferSource(alg.iv, 'algorithm.iv');
        const tagLength = alg.tagLength ?? 128;
        if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
          throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
        }
        const c = make(`aes-${bits}-gcm`, keyBytes, iv, { authTagLength: tagLength / 8 });
        if (alg.additionalData !== undefined) {
          c.setAAD(bufferSource(alg.additionalData, 'algorithm.additionalData'));
        }
        if (encrypt) {
          const out = Buffer.concat([c.update(data), c.final()]);
          return Buffer.concat([out, c.getAuthTag()]);
        }
        const tagBytes = tagLength / 8;
        if (data.length < tagBytes) throw domError('The provided data is too small.', 'OperationError');
        c.setAuthTag(data.subarray(data.length - tagBytes));
        return Buffer.concat([c.update(data.subarray(0, data.length - tagBytes)), c.final()]);
      }
      case 'AES-KW': {
        const c = make(`id-aes${bits}-wrap`, keyBytes, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
        return Buffer.concat([c.update(data), c.final()]);
      }
    }
  } catch (err) {
    if (err?.name === 'OperationError') throw err;
    throw domError('The operation failed for an operation-specific reason', 'OperationError');
  }
}

function deriveBits(algorithm, baseKey, length, usage = 'deriveBits') {
  const alg = normalize(algorithm);
  checkKey(baseKey, alg, usage);
  if (length === null || length === undefined || length % 8 !== 0) {
    throw domError('length must be a multiple of 8', 'OperationError');
  }
  const keyBytes = baseKey[kKeyObject][kKeyBytes];
  const hash = normalizeHash(alg.hash).replace('-', '').toLowerCase();
  const salt = bufferSource(alg.salt, 'algorithm.salt');
  if (alg.name === 'PBKDF2') {
    if (!(alg.iterations > 0)) throw domError('iterations cannot be zero', 'OperationError');
    // On libuv's pool: a high iteration count must not hold up the loop.
    return new Promise((resolve, reject) => {
      require('crypto').pbkdf2(keyBytes, salt, alg.iterations, length / 8, hash, (err, out) => {
        if (err) reject(domError('The operation failed for an operation-specific reason',
                                 'OperationError'));
        else resolve(toAb(out));
      });
    });
  }
  const info = bufferSource(alg.info, 'algorithm.info');
  try {
    return require('crypto').hkdfSync(hash, keyBytes, salt, info, length / 8);
  } catch {
    throw domError('The operation failed for an operation-specific reason', 'OperationError');
  }
}

module.exports = {
  CryptoKey,
  makeCryptoKey,
  normalizeHash,
  domError,
  kKeyObject,
  normalize,
  bufferSource,
  importSecret,
  exportSecret,
  generateSecret,
  checkKey,
  hmac,
  aesCipher,
  deriveBits,
  toAb,
};
