'use strict';
// generateKeyPair(Sync), sign/verify one-shot and createSign/createVerify over PKey handles.

const { Buffer } = require('buffer');
const { binding, getArrayBufferOrView, encodeOutput } = require('internal/crypto/util');
const { codes: {
  ERR_CRYPTO_INVALID_DIGEST,
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  ERR_CRYPTO_SIGN_KEY_REQUIRED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INCOMPATIBLE_OPTION_PAIR,
  ERR_MISSING_OPTION,
} } = require('internal/errors');
const {
  validateFunction, validateInt32, validateObject, validateString, validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const {
  isKeyObject, kPKey, PublicKeyObject, PrivateKeyObject, createPublicKey, createPrivateKey,
} = require('internal/crypto/keys');
const { Writable } = require('stream');

const kSupportedTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448',
  'dh'];

function encodeKey(key, encoding) {
  if (encoding === undefined) return key;
  return key.export(encoding);
}

// Validates the options and prepares `handle` (a binding PKey) for generation: returns the
// arguments of handle.generate().
function keygenArgs(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) {
        publicExponent = 0x10001;
      } else {
        validateUint32(publicExponent, 'options.publicExponent');
      }
      if (type === 'rsa') return [type, modulusLength, publicExponent];
      const { hash, mgf1Hash } = options;
      let { saltLength } = options;
      let { hashAlgorithm, mgf1HashAlgorithm } = options;
      if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
      if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) {
        validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
      }
      // The deprecated spellings (DEP0154).
      if (hash !== undefined) {
        validateString(hash, 'options.hash');
        if (hashAlgorithm !== undefined && hashAlgorithm !== hash) {
          throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
        }
        hashAlgorithm = hash;
      }
      if (mgf1Hash !== undefined) {
        validateString(mgf1Hash, 'options.mgf1Hash');
        if (mgf1HashAlgorithm !== undefined && mgf1HashAlgorithm !== mgf1Hash) {
          throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
        }
        mgf1HashAlgorithm = mgf1Hash;
      }
      if (hashAlgorithm !== undefined && binding.digestSize(hashAlgorithm) < 0) {
        throw cppTypeError('ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hashAlgorithm}`);
      }
      if (mgf1HashAlgorithm !== undefined && binding.digestSize(mgf1HashAlgorithm) < 0) {
        throw cppTypeError('ERR_CRYPTO_INVALID_DIGEST',
                           `Invalid MGF1 digest: ${mgf1HashAlgorithm}`);
      }
      // As Node: the MGF1 digest defaults to the message digest, the salt to its length.
      if (hashAlgorithm !== undefined) {
        mgf1HashAlgorithm ??= hashAlgorithm;
        saltLength ??= binding.digestSize(hashAlgorithm);
      }
      return [type, modulusLength, publicExponent, hashAlgorithm, mgf1HashAlgorithm, saltLength];
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding !== undefined && paramEncoding !== 'named' &&
          paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      return [type, namedCurve, paramEncoding === 'explicit'];
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return [type];
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) {
        divisorLength = -1;
      } else {
        validateInt32(divisorLength, 'options.divisorLength', 0);
      }
      return [type, modulusLength, divisorLength];
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        return [type, group, 2];
      }
      let primeOrLength;
      if (prime != null) {
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        if (!isArrayBufferView(prime)) {
          throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'],
                                         prime);
        }
        primeOrLength = prime;
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
        primeOrLength = primeLength;
      } else {
        throw new ERR_MISSING_OPTION(
          'At least one of the group, prime, or primeLength options');
      }
      if (generator != null) validateInt32(generator, 'options.generator', 0);
      return [type, primeOrLength, generator ?? 2];
    }
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

// Node raises these from C++: an error with a code and no "[code]" in its name.
function cppTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function keyPairFrom(handle, options) {
  const pubHandle = new binding.PKey();
  pubHandle.publicOf(handle);
  const publicKey = new PublicKeyObject(pubHandle);
  const privateKey = new PrivateKeyObject(handle);
  return {
    publicKey: encodeKey(publicKey, options?.publicKeyEncoding),
    privateKey: encodeKey(privateKey, options?.privateKeyEncoding),
  };
}

function generateKeyPairSync(type, options) {
  const args = keygenArgs(type, options);
  const handle = new binding.PKey();
  handle.generate(...args);
  return keyPairFrom(handle, options);
}

// The key is generated on libuv's thread pool.
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const args = keygenArgs(type, options);
  while (args.length < 6) args.push(undefined);
  const handle = new binding.PKey();
  handle.generate(...args, (err) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = keyPairFrom(handle, options);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function signOptions(key) {
  if (key === null || typeof key !== 'object' || isKeyObject(key) || isArrayBufferView(key)) {
    return { padding: undefined, saltLength: undefined, p1363: false };
  }
  const { dsaEncoding = 'der' } = key;
  if (dsaEncoding !== 'der' && dsaEncoding !== 'ieee-p1363') {
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return {
    padding: getIntOption('padding', key),
    saltLength: getIntOption('saltLength', key),
    p1363: dsaEncoding === 'ieee-p1363',
  };
}

function privateKeyOf(key) {
  if (isKeyObject(key)) {
    if (key.type !== 'private') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    return key;
  }
  if (key !== null && typeof key === 'object' && isKeyObject(key.key)) return privateKeyOf(key.key);
  return createPrivateKey(key);
}

function publicKeyOf(key) {
  if (isKeyObject(key)) {
    if (key.type === 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'public');
    return key;
  }
  if (key !== null && typeof key === 'object' && isKeyObject(key.key)) return publicKeyOf(key.key);
  return createPublicKey(key);
}

function checkDigest(algorithm) {
  if (algorithm != null && binding.digestSize(algorithm) < 0) {
    throw new ERR_CRYPTO_INVALID_DIGEST(algorithm);
  }
}

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const o = signOptions(key);
  const pkey = privateKeyOf(key);
  checkDigest(algorithm);
  if (callback === undefined) {
    return Buffer.from(binding.sign(pkey[kPKey], algorithm ?? null, data, o.padding ?? -1,
                                    o.saltLength, o.p1363));
  }
  // On libuv's pool, as Node's.
  binding.sign(pkey[kPKey], algorithm ?? null, data, o.padding ?? -1, o.saltLength, o.p1363,
               (err, sig) => {
                 if (err) callback(err);
                 else callback(null, Buffer.from(sig));
               });
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  signature = getArrayBufferOrView(signature, 'signature');
  const o = signOptions(key);
  const pkey = publicKeyOf(key);
  checkDigest(algorithm);
  if (callback === undefined) {
    return binding.verify(pkey[kPKey], algorithm ?? null, data, signature, o.padding ?? -1,
                          o.saltLength, o.p1363);
  }
  binding.verify(pkey[kPKey], algorithm ?? null, data, signature, o.padding ?? -1, o.saltLength,
                 o.p1363, (err, result) => {
                   if (err) callback(err);
                   else callback(null, new Uint8Array(result)[0] === 1);
                 });
}

// Sign / Verify gather the data and sign it in one call at the end (the same bytes as Node's
// incremental digest).
function SignBase(algorithm, options, name) {
  validateString(algorithm, 'algorithm');
  if (binding.digestSize(algorithm) < 0) {
    // Node raises this one from C++, without the digest's name.
    const err = new TypeError('Invalid digest');
    err.code = 'ERR_CRYPTO_INVALID_DIGEST';
    throw err;
  }
  this._algorithm = algorithm;
  this._chunks = [];
  this._done = false;
  Writable.call(this, options);
}

function Sign(algorithm, options) {
  if (!new.target) return new Sign(algorithm, options);
  SignBase.call(this, algorithm, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

function update(data, encoding) {
  if (typeof data === 'string') {
    data = Buffer.from(data, encoding === 'buffer' ? 'utf8' : encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  } else {
    data = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  this._chunks.push(Buffer.from(data));
  return this;
}

function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

Sign.prototype.update = update;
Sign.prototype._write = _write;
Sign.prototype.sign = function(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const data = Buffer.concat(this._chunks);
  this._chunks = [];
  const sig = sign(this._algorithm, data, options);
  return encodeOutput(sig, encoding);
};

function Verify(algorithm, options) {
  if (!new.target) return new Verify(algorithm, options);
  SignBase.call(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype.update = update;
Verify.prototype._write = _write;
Verify.prototype.verify = function(options, signature, sigEncoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const data = Buffer.concat(this._chunks);
  this._chunks = [];
  return verify(this._algorithm, data, options, signature);
};

module.exports = {
  generateKeyPair, generateKeyPairSync, sign, verify, Sign, Verify, kSupportedTypes,
};
