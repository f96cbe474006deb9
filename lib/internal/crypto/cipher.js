'use strict';
// Cipheriv / Decipheriv over the binding's CipherBase (EVP_CIPHER_CTX). Both are streams.

const { Buffer } = require('buffer');
const { codes: {
  ERR_CRYPTO_INVALID_STATE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_UNKNOWN_ENCODING,
  ERR_INTERNAL_ASSERTION,
} } = require('internal/errors');
const { validateEncoding, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { normalizeEncoding } = require('internal/buffer');
const { binding, kHandle, toBuffer, getArrayBufferOrView } = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');
const LazyTransform = require('internal/crypto/lazy_transform');

const { CipherBase } = binding;

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function getDecoder(decoder, encoding) {
  const { StringDecoder } = require('string_decoder');
  const normalized = normalizeEncoding(encoding);
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

function createCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new CipherBase(encrypt);
  self[kHandle].init(cipher, key, iv, authTagLength);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function toData(data, inputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    return Buffer.from(data, inputEncoding === 'buffer' ? 'utf8' : inputEncoding);
  }
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

const methods = {
  _transform(chunk, encoding, callback) {
    this.push(toBuffer(this[kHandle].update(toData(chunk, encoding))));
    callback();
  },

  _flush(callback) {
    try {
      this.push(toBuffer(this[kHandle].final()));
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },

  update(data, inputEncoding, outputEncoding) {
    const ret = toBuffer(this[kHandle].update(toData(data, inputEncoding)));
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.write(ret);
    }
    return ret;
  },

  final(outputEncoding) {
    const ret = toBuffer(this[kHandle].final());
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.end(ret);
    }
    return ret;
  },

  setAutoPadding(ap) {
    if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },

  setAAD(aadbuf, options) {
    const encoding = getStringOption(options, 'encoding');
    const plaintextLength = getUIntOption(options, 'plaintextLength');
    aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
    if (!this[kHandle].setAAD(aadbuf, plaintextLength)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  },
};

function Cipheriv(cipher, key, iv, options) {
  if (!new.target) return new Cipheriv(cipher, key, iv, options);
  createCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Object.assign(Cipheriv.prototype, methods);
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return toBuffer(ret);
};

function Decipheriv(cipher, key, iv, options) {
  if (!new.target) return new Decipheriv(cipher, key, iv, options);
  createCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
Object.assign(Decipheriv.prototype, methods);
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!this[kHandle].setAuthTag(tagbuf)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
};

// getCipherInfo(nameOrNid[, { keyLength, ivLength }])
const kModes = ['stream', 'ecb', 'cbc', 'cfb', 'ofb', 'ctr', 'gcm', 'ccm', 'xts', 'wrap', 'ocb'];

module.exports = { Cipheriv, Decipheriv, getUIntOption, getStringOption, kModes };
