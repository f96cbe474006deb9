'use strict';
// publicEncrypt / privateDecrypt / privateEncrypt / publicDecrypt and diffieHellman() over
// asymmetric KeyObjects.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const { codes: {
  ERR_CRYPTO_INCOMPATIBLE_KEY,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { isKeyObject, kPKey, createPublicKey, createPrivateKey } =
  require('internal/crypto/keys');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function keyFor(options, kind) {
  let key = options;
  if (options !== null && typeof options === 'object' && isKeyObject(options.key)) {
    key = options.key;
  }
  if (isKeyObject(key)) {
    if (key.type === 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type,
                                                   kind === 'private' ? 'private' : 'public');
    }
    if (kind === 'private' && key.type !== 'private') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    return key;
  }
  return kind === 'private' ? createPrivateKey(options) : createPublicKey(options);
}

function rsaFunctionFor(op, defaultPadding, kind) {
  return (options, buffer) => {
    const key = keyFor(options, kind);
    const padding = options?.padding || defaultPadding;
    const { oaepHash, encoding } = options ?? {};
    let { oaepLabel } = options ?? {};
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) {
      oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    }
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    if (op === 1 && padding === RSA_PKCS1_PADDING) {
      // OpenSSL 3.0 has no implicit rejection, so Node refuses this (CVE-2023-46809).
      const err = new TypeError('RSA_PKCS1_PADDING is no longer supported for private ' +
                                'decryption, this can be reverted with ' +
                                '--security-revert=CVE-2023-46809');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return Buffer.from(binding.rsaCipher(key[kPKey], buffer, padding, oaepHash ?? null,
                                         oaepLabel ?? null, op));
  };
}

const publicEncrypt = rsaFunctionFor(0, RSA_PKCS1_OAEP_PADDING, 'public');
const privateDecrypt = rsaFunctionFor(1, RSA_PKCS1_OAEP_PADDING, 'private');
const privateEncrypt = rsaFunctionFor(2, RSA_PKCS1_PADDING, 'private');
const publicDecrypt = rsaFunctionFor(3, RSA_PKCS1_PADDING, 'public');

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
                                          `${privateType} and ${publicType}`);
  }
  return Buffer.from(binding.deriveSecret(privateKey[kPKey], publicKey[kPKey]));
}

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt, diffieHellman };
