'use strict';
// KeyObject. Secret keys are complete (createSecretKey, export as buffer or JWK, equals);
// asymmetric keys are not implemented yet and say so.

const { Buffer } = require('buffer');
const { getArrayBufferOrView, binding } = require('internal/crypto/util');
const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_NOT_IMPLEMENTED,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
} } = require('internal/errors');
const { validateObject, validateOneOf } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kKeyBytes = Symbol('kKeyBytes');
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
    Object.defineProperty(this, 'type', { __proto__: null, value: type, enumerable: true });
  }

  static from(key) {
    throw new ERR_NOT_IMPLEMENTED('KeyObject.from()');
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

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kConstruct);
    this[kKeyBytes] = bytes;
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

// The bytes of an HMAC/cipher key: a secret KeyObject, a string (in `encoding`) or bytes.
function prepareSecretKey(key, encoding, bufferOnly = false) {
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

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`crypto.${name}()`);
  };
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  isKeyObject,
  kKeyBytes,
  prepareSecretKey,
  createSecretKey,
  createPublicKey: notImplemented('createPublicKey'),
  createPrivateKey: notImplemented('createPrivateKey'),
};
