'use strict';
// crypto.createDiffieHellman / createDiffieHellmanGroup / getDiffieHellman: finite-field
// Diffie-Hellman objects over the binding's DiffieHellman (OpenSSL's DH, as Node's).

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView } = require('internal/crypto/util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const kHandle = Symbol('kHandle');
const DH_GENERATOR = 2;

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  return value;
}

function encode(ab, encoding) {
  const buf = Buffer.from(ab);
  if (encoding && encoding !== 'buffer') return buf.toString(encoding);
  return buf;
}

function defineVerifyError(self) {
  Object.defineProperty(self, 'verifyError', {
    __proto__: null,
    enumerable: true,
    value: self[kHandle].verifyError(),
    writable: false,
  });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw new ERR_INVALID_ARG_TYPE(
      'sizeOrKey', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      sizeOrKey);
  }
  // Negative sizes pass here and OpenSSL rejects them, as in Node.
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding || 'buffer');
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding || 'buffer');
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw new ERR_INVALID_ARG_TYPE(
      'generator', ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      generator);
  }
  this[kHandle] = new binding.DiffieHellman(sizeOrKey, generator);
  defineVerifyError(this);
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  this[kHandle] = new binding.DiffieHellman(`${name}`);
  defineVerifyError(this);
}

const methods = {
  generateKeys(encoding) {
    return encode(this[kHandle].generateKeys(), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = getArrayBufferOrView(key, 'key', inEnc);
    return encode(this[kHandle].computeSecret(key), outEnc);
  },
  getPrime(encoding) {
    return encode(this[kHandle].get(0), encoding);
  },
  getGenerator(encoding) {
    return encode(this[kHandle].get(1), encoding);
  },
  getPublicKey(encoding) {
    return encode(this[kHandle].get(2), encoding);
  },
  getPrivateKey(encoding) {
    return encode(this[kHandle].get(3), encoding);
  },
};

for (const name of Object.keys(methods)) {
  for (const ctor of [DiffieHellman, DiffieHellmanGroup]) {
    Object.defineProperty(ctor.prototype, name, {
      __proto__: null, configurable: true, writable: true, value: methods[name],
    });
  }
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  this[kHandle].set(false, getArrayBufferOrView(key, 'key', encoding));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  this[kHandle].set(true, getArrayBufferOrView(key, 'key', encoding));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) {
  return new DiffieHellmanGroup(name);
}

module.exports = {
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman,
  createDiffieHellmanGroup,
  getDiffieHellman: createDiffieHellmanGroup,
};
