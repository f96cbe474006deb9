'use strict';
// crypto.createECDH() / ECDH (legacy ECDH on an EC_KEY) and ECDH.convertKey.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const { codes: { ERR_CRYPTO_ECDH_INVALID_FORMAT } } = require('internal/errors');
const { validateString } = require('internal/validators');

const kHandle = Symbol('kHandle');
const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') throw new ERR_CRYPTO_ECDH_INVALID_FORMAT(format);
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function encode(ab, encoding) {
  const buffer = Buffer.from(ab);
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = new binding.ECDH(curve);
}

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  this[kHandle].generateKeys();
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = getFormat(format);
  return encode(this[kHandle].getPublicKey(f), encoding);
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  return encode(this[kHandle].getPrivateKey(), encoding);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].setPrivateKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].setPublicKey(getArrayBufferOrView(key, 'key', encoding));
  return this;
};

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  key = getArrayBufferOrView(key, 'key', inEnc);
  return encode(this[kHandle].computeSecret(key), outEnc);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = getArrayBufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  return encode(binding.ecdhConvertKey(key, curve, f), outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

module.exports = { ECDH, createECDH };
