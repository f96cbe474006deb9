'use strict';
// KeyObject: secret keys (bytes) and asymmetric keys (a binding PKey: EVP_PKEY) — creation from
// PEM/DER/JWK, export, details, equals, toCryptoKey.

const { Buffer } = require('buffer');
const { getArrayBufferOrView, binding } = require('internal/crypto/util');
const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_INVALID_JWK,
  ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
  ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
} } = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kKeyBytes = Symbol('kKeyBytes');
const kKeyType = Symbol('kKeyType');

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { __proto__: null, value, writable: true, configurable: true });
}
const kConstruct = Symbol('kConstruct');

function bytesOf(source) {
  if (isAnyArrayBuffer(source)) return Buffer.from(new Uint8Array(source));
  return Buffer.from(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
}

class KeyObject {
  constructor(type, handle) {
    if (handle !== kConstruct) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    // Shown by util.inspect as Node shows it; the rest of a key's state is non-enumerable.
    this[kKeyType] = type;
  }

  get type() {
    return this[kKeyType];
  }

  // KeyObject.from(cryptoKey): the KeyObject behind a Web Crypto key.
  static from(key) {
    const { CryptoKey, kKeyObject } = require('internal/crypto/webcrypto_secret');
    if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  // toCryptoKey(algorithm, extractable, keyUsages): this key as a Web Crypto key (Node 22.10).
  toCryptoKey(algorithm, extractable, keyUsages) {
    const s = require('internal/crypto/webcrypto_secret');
    const alg = s.normalize(algorithm);
    const asym = require('internal/crypto/webcrypto_asym');
    if (this.type === 'secret') {
      if (asym.isAsymmetric(alg.name)) {
        throw s.domError('Invalid key type', 'DataError');
      }
      return s.importSecret('raw', this[kKeyBytes], algorithm, !!extractable, keyUsages);
    }
    if (!asym.isAsymmetric(alg.name)) throw s.domError('Invalid key type', 'DataError');
    return asym.importKeyObject(this, alg, !!extractable, keyUsages);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) return false;
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return a.length === b.length && binding.timingSafeEqual(a, b);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'KeyObject',
});

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kConstruct);
    hidden(this, kKeyBytes, bytes);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].length;
  }

  get asymmetricKeyType() {
    return undefined;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: this[kKeyBytes].toString('base64url') };
      }
    }
    return Buffer.from(this[kKeyBytes]);
  }
}

function isKeyObject(value) {
  return value instanceof KeyObject;
}

function isCryptoKey(value) {
  return value instanceof require('internal/crypto/webcrypto_secret').CryptoKey;
}

// The bytes of an HMAC/cipher key: a secret KeyObject, a string (in `encoding`) or bytes.
function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly && key !== null && typeof key === 'object' &&
      Object.prototype.toString.call(key) === '[object CryptoKey]') {
    key = KeyObject.from(key);
  }
  if (!bufferOnly && isKeyObject(key)) {
    if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    return key[kKeyBytes];
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key',
      bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
      key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  return new SecretKeyObject(bytesOf(prepareSecretKey(key, encoding, true)));
}

// Asymmetric keys: a PKey handle (EVP_PKEY) from the binding.
const kPKey = Symbol('kPKey');
const kDetails = Symbol('kDetails');

class AsymmetricKeyObject extends KeyObject {
  constructor(type, handle) {
    super(type, kConstruct);
    hidden(this, kPKey, handle);
    const [asymmetricKeyType, , modulusLength, publicExponent, namedCurve, hashAlgorithm,
      mgf1HashAlgorithm, saltLength, divisorLength] = handle.info();
    hidden(this, kDetails, { asymmetricKeyType, modulusLength, publicExponent, namedCurve,
                             hashAlgorithm, mgf1HashAlgorithm, saltLength, divisorLength });
  }

  get asymmetricKeyType() {
    return this[kDetails].asymmetricKeyType;
  }

  get asymmetricKeyDetails() {
    const d = this[kDetails];
    switch (d.asymmetricKeyType) {
      case 'rsa':
        return { modulusLength: d.modulusLength, publicExponent: BigInt(d.publicExponent) };
      case 'rsa-pss': {
        const details = { modulusLength: d.modulusLength,
                          publicExponent: BigInt(d.publicExponent) };
        if (d.hashAlgorithm !== undefined) {
          details.hashAlgorithm = d.hashAlgorithm;
          details.mgf1HashAlgorithm = d.mgf1HashAlgorithm;
          details.saltLength = d.saltLength;
        }
        return details;
      }
      case 'dsa':
        return { modulusLength: d.modulusLength, divisorLength: d.divisorLength };
      case 'ec':
        return { namedCurve: d.namedCurve };
      default:
        return {};
    }
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && this[kPKey].equals(otherKeyObject[kPKey]);
  }
}

function parseExportOptions(options, isPublic) {
  validateObject(options, 'options');
  const { format, type, cipher, passphrase } = options;
  if (format !== 'pem' && format !== 'der') {
    throw new ERR_INVALID_ARG_VALUE('options.format', format);
  }
  const types = isPublic ? ['spki', 'pkcs1'] : ['pkcs8', 'pkcs1', 'sec1'];
  if (!types.includes(type)) throw new ERR_INVALID_ARG_VALUE('options.type', type);
  if (isPublic) return { format, type };
  if (cipher !== undefined) {
    if (typeof cipher !== 'string') throw new ERR_INVALID_ARG_VALUE('options.cipher', cipher);
    if (passphrase === undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.passphrase', passphrase);
    }
    if (format === 'der' && type !== 'pkcs8') {
      throw new ERR_INVALID_ARG_VALUE('options.type', type);
    }
  }
  return { format, type, cipher,
           passphrase: passphrase === undefined ? undefined :
             getArrayBufferOrView(passphrase, 'options.passphrase') };
}

function exportKey(key, options, isPublic) {
  validateObject(options, 'options');
  if (options.format === 'jwk') return exportJwk(key, isPublic);
  const o = parseExportOptions(options, isPublic);
  const out = key[kPKey].export(!isPublic, o.format === 'pem', o.type, o.cipher, o.passphrase);
  return typeof out === 'string' ? out : Buffer.from(out);
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    return exportKey(this, options, true);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    return exportKey(this, options, false);
  }
}

// createPublicKey/createPrivateKey input: PEM (string or bytes), or
// { key, format: 'pem' | 'der', type, passphrase, encoding }.
function prepareAsymmetricKey(key, isPublic) {
  if (isKeyObject(key)) return { keyObject: key };
  if (typeof key === 'string' || isArrayBufferView(key) || isAnyArrayBuffer(key)) {
    return { data: getArrayBufferOrView(key, 'key'), pem: true };
  }
  if (key !== null && typeof key === 'object') {
    const { format = 'pem', encoding, passphrase } = key;
    let data = key.key;
    if (isKeyObject(data)) return { keyObject: data };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { jwk: data };
    }
    if (format !== 'pem' && format !== 'der') {
      throw new ERR_INVALID_ARG_VALUE('key.format', format);
    }
    if (typeof data !== 'string' && !isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key',
                                     ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
                                     data);
    }
    data = getArrayBufferOrView(data, 'key.key', encoding);
    return {
      data, pem: format === 'pem',
      passphrase: passphrase === undefined || passphrase === null ? undefined :
        getArrayBufferOrView(passphrase, 'key.passphrase'),
    };
  }
  throw new ERR_INVALID_ARG_TYPE(
    'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject',
      'CryptoKey'], key);
}

// JWK for asymmetric keys (RFC 7517/7518/8037): RSA, EC on P-256/P-384/P-521/secp256k1, OKP.
const kJwkCurves = { __proto__: null, 'prime256v1': 'P-256', 'secp384r1': 'P-384',
  'secp521r1': 'P-521', 'secp256k1': 'secp256k1' };
const kJwkCurveNames = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1',
  'P-521': 'secp521r1', 'secp256k1': 'secp256k1' };
const kOkpCurves = { __proto__: null, 'ed25519': 'Ed25519', 'ed448': 'Ed448',
  'x25519': 'X25519', 'x448': 'X448' };
const kOkpSizes = { __proto__: null, 'Ed25519': 32, 'X25519': 32, 'Ed448': 57, 'X448': 56 };

function b64u(ab) {
  return Buffer.from(ab).toString('base64url');
}

function exportJwk(key, isPublic) {
  const type = key.asymmetricKeyType;
  const parts = key[kPKey].jwk();
  if (type === 'rsa') {
    const jwk = { kty: 'RSA', n: b64u(parts[0]), e: b64u(parts[1]) };
    if (!isPublic) {
      ['d', 'p', 'q', 'dp', 'dq', 'qi'].forEach((name, i) => { jwk[name] = b64u(parts[i + 2]); });
    }
    return jwk;
  }
  if (type === 'ec') {
    const curve = kJwkCurves[key.asymmetricKeyDetails.namedCurve];
    if (curve === undefined) {
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(key.asymmetricKeyDetails.namedCurve);
    }
    const jwk = { kty: 'EC', x: b64u(parts[0]), y: b64u(parts[1]), crv: curve };
    if (!isPublic) jwk.d = b64u(parts[2]);
    return jwk;
  }
  if (kOkpCurves[type] !== undefined) {
    const jwk = { crv: kOkpCurves[type] };
    if (!isPublic) jwk.d = b64u(parts[1]);
    jwk.x = b64u(parts[0]);
    jwk.kty = 'OKP';
    return jwk;
  }
  throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
}

// Node raises these from C++: a TypeError with a code and no "[code]" in its name.
function jwkError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_CRYPTO_INVALID_JWK';
  return err;
}

function importJwk(handle, jwk, isPublic) {
  const { validateString } = require('internal/validators');
  validateOneOf(jwk.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  if (jwk.kty === 'OKP') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(jwk.x, 'key.x');
    if (!isPublic) validateString(jwk.d, 'key.d');
    const bytes = Buffer.from(isPublic ? jwk.x : jwk.d, 'base64');
    if (bytes.length !== kOkpSizes[jwk.crv] ||
        !handle.fromParts('okp', !isPublic, jwk.crv.toUpperCase(), [bytes])) {
      throw new ERR_CRYPTO_INVALID_JWK();
    }
    return;
  }
  if (jwk.kty === 'EC') {
    validateString(jwk.crv, 'key.crv');
    validateOneOf(jwk.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(jwk.x, 'key.x');
    validateString(jwk.y, 'key.y');
    if (!isPublic) validateString(jwk.d, 'key.d');
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64'),
      Buffer.from(jwk.y, 'base64')]);
    const parts = isPublic ? [point] : [point, Buffer.from(jwk.d, 'base64')];
    if (!handle.fromParts('ec', !isPublic, kJwkCurveNames[jwk.crv], parts)) {
      throw jwkError('Invalid JWK EC key');
    }
    return;
  }
  const names = isPublic ? ['n', 'e'] : ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'];
  for (const name of names) validateString(jwk[name], `key.${name}`);
  if (!handle.fromParts('rsa', !isPublic, '', names.map((n) => Buffer.from(jwk[n], 'base64')))) {
    throw jwkError('Invalid JWK RSA key');
  }
}

function createPublicKey(key) {
  const p = prepareAsymmetricKey(key, true);
  const handle = new binding.PKey();
  if (p.jwk !== undefined) {
    importJwk(handle, p.jwk, true);
  } else if (p.keyObject !== undefined) {
    if (p.keyObject.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(p.keyObject.type, 'private');
    }
    handle.publicOf(p.keyObject[kPKey]);
  } else {
    handle.parse(p.data, p.pem, false, p.passphrase);
  }
  return new PublicKeyObject(handle);
}

function createPrivateKey(key) {
  const p = prepareAsymmetricKey(key, false);
  if (p.keyObject !== undefined) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], p.keyObject);
  }
  const handle = new binding.PKey();
  if (p.jwk !== undefined) {
    importJwk(handle, p.jwk, false);
  } else {
    handle.parse(p.data, p.pem, true, p.passphrase);
  }
  return new PrivateKeyObject(handle);
}

// generateKey(Sync)('hmac' | 'aes', { length }): a random secret KeyObject of length bits.
function validateGenerateKey(type, options) {
  const { validateString, validateInteger } = require('internal/validators');
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const bytes = validateGenerateKey(type, options);
  return new SecretKeyObject(require('internal/crypto/random').randomBytes(bytes));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { validateFunction } = require('internal/validators');
  validateFunction(callback, 'callback');
  const bytes = validateGenerateKey(type, options);
  require('internal/crypto/random').randomBytes(bytes, (err, buf) => {
    if (err) return callback(err);
    callback(null, new SecretKeyObject(buf));
  });
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  isKeyObject,
  isCryptoKey,
  kKeyBytes,
  prepareSecretKey,
  createSecretKey,
  generateKey,
  generateKeySync,
  kPKey,
  PublicKeyObject,
  PrivateKeyObject,
  createPublicKey,
  createPrivateKey,
};
