'use strict';
// SubtleCrypto for the asymmetric algorithms: RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP, ECDSA, ECDH,
// Ed25519, Ed448, X25519, X448 — generateKey, importKey/exportKey ('spki', 'pkcs8', 'jwk',
// 'raw' for EC and OKP public keys), sign/verify, encrypt/decrypt, deriveBits. Built on
// node:crypto's KeyObjects, sign/verify, publicEncrypt/privateDecrypt and diffieHellman, with
// Node's DOMException names and messages.

const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const {
  CryptoKey, kKeyObject, makeCryptoKey, normalizeHash, bufferSource, domError, toAb,
} = require('internal/crypto/webcrypto_secret');
const {
  kPKey, PublicKeyObject, PrivateKeyObject, createPublicKey, createPrivateKey,
} = require('internal/crypto/keys');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kEc = ['ECDSA', 'ECDH'];
const kCfrg = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const kCurves = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1',
  'P-521': 'secp521r1' };
const kOkpSizes = { __proto__: null, 'Ed25519': 32, 'X25519': 32, 'Ed448': 57, 'X448': 56 };
const kOkpType = { __proto__: null, 'Ed25519': 'ed25519', 'Ed448': 'ed448', 'X25519': 'x25519',
  'X448': 'x448' };
const kNodeHash = { __proto__: null, 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384',
  'SHA-512': 'sha512' };
const kRsaJwkAlg = {
  'RSASSA-PKCS1-v1_5': { 'SHA-1': 'RS1', 'SHA-256': 'RS256', 'SHA-384': 'RS384',
    'SHA-512': 'RS512' },
  'RSA-PSS': { 'SHA-1': 'PS1', 'SHA-256': 'PS256', 'SHA-384': 'PS384', 'SHA-512': 'PS512' },
  'RSA-OAEP': { 'SHA-1': 'RSA-OAEP', 'SHA-256': 'RSA-OAEP-256', 'SHA-384': 'RSA-OAEP-384',
    'SHA-512': 'RSA-OAEP-512' },
};
const kEcJwkAlg = { __proto__: null, 'ES256': 'P-256', 'ES384': 'P-384', 'ES512': 'P-521' };
const kKeyOps = ['sign', 'verify', 'encrypt', 'decrypt', 'wrapKey', 'unwrapKey', 'deriveKey',
  'deriveBits'];

function isAsymmetric(name) {
  return kRsa.includes(name) || kEc.includes(name) || kCfrg.includes(name);
}

const warned = new Set();
function experimental(name) {
  if ((name === 'Ed448' || name === 'X448') && !warned.has(name)) {
    warned.add(name);
    process.emitWarning(
      `The ${name} Web Crypto API algorithm is an experimental feature and might change at ` +
      'any time', 'ExperimentalWarning');
  }
}

// Node's WebIDL layer words a missing dictionary member itself.
function missingMember(dictionary, member) {
  const err = new TypeError('Failed to normalize algorithm: passed algorithm can not be ' +
    `converted to '${dictionary}' because '${member}' is required in '${dictionary}'.`);
  err.code = 'ERR_MISSING_OPTION';
  return err;
}

function operationError(cause) {
  const err = domError('The operation failed for an operation-specific reason', 'OperationError');
  if (cause !== undefined) {
    Object.defineProperty(err, 'cause', { __proto__: null, value: cause, configurable: true,
                                          writable: true });
  }
  return err;
}

// The usages each half of a key pair may have.
function allowedUsages(name, isPublic) {
  switch (name) {
    case 'RSA-OAEP':
      return isPublic ? ['encrypt', 'wrapKey'] : ['decrypt', 'unwrapKey'];
    case 'ECDH':
    case 'X25519':
    case 'X448':
      return isPublic ? [] : ['deriveKey', 'deriveBits'];
    default:
      return isPublic ? ['verify'] : ['sign'];
  }
}

function checkImportUsages(name, isPublic, usages) {
  const allowed = allowedUsages(name, isPublic);
  for (const usage of usages) {
    if (!allowed.includes(usage)) {
      // Node's wording: "an" for RSA, "a" for EC and the CFRG curves on import.
      const a = kRsa.includes(name) ? 'an' : 'a';
      throw domError(`Unsupported key usage for ${a} ${name} key`, 'SyntaxError');
    }
  }
}

function rsaAlgorithm(name, keyObject, hash) {
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  let hex = publicExponent.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return { name, modulusLength, publicExponent: new Uint8Array(Buffer.from(hex, 'hex')),
           hash: { name: hash } };
}

function ecCurveName(keyObject) {
  const curve = keyObject.asymmetricKeyDetails.namedCurve;
  for (const name in kCurves) if (kCurves[name] === curve) return name;
  return undefined;
}

// The pair made on libuv's pool (RSA generation takes long enough to matter).
function generatePair(type, options) {
  return new Promise((resolve, reject) => {
    require('internal/crypto/sign').generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(err);
      else resolve({ publicKey, privateKey });
    });
  });
}

// generateKey for the asymmetric algorithms → Promise<{ publicKey, privateKey }>.
async function generateKeyPair(alg, extractable, usages) {
  const { name } = alg;
  const usageSet = [...usages];
  let pair;
  let algorithm;
  if (kRsa.includes(name)) {
    const { modulusLength, publicExponent } = alg;
    if (modulusLength === undefined) throw missingMember('RsaHashedKeyGenParams', 'modulusLength');
    if (publicExponent === undefined) {
      throw missingMember('RsaHashedKeyGenParams', 'publicExponent');
    }
    if (alg.hash === undefined) throw missingMember('RsaHashedKeyGenParams', 'hash');
    const hash = normalizeHash(alg.hash);
    const exponentBytes = bufferSource(publicExponent, 'algorithm.publicExponent');
    let e = 0;
    let i = 0;
    while (i < exponentBytes.length && exponentBytes[i] === 0) i++;
    if (exponentBytes.length - i > 4) {
      throw domError('The publicExponent must be equivalent to an unsigned 32-bit value',
                     'OperationError');
    }
    for (; i < exponentBytes.length; i++) e = e * 256 + exponentBytes[i];
    const allowed = name === 'RSA-OAEP' ? ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] :
      ['sign', 'verify'];
    if (usageSet.some((u) => !allowed.includes(u))) {
      throw domError('Unsupported key usage for a RSA key', 'SyntaxError');
    }
    try {
      pair = await generatePair('rsa', { modulusLength: modulusLength >>> 0, publicExponent: e });
    } catch (err) {
      throw operationError(err);
    }
    algorithm = rsaAlgorithm(name, pair.publicKey, hash);
  } else if (kEc.includes(name)) {
    if (alg.namedCurve === undefined) throw missingMember('EcKeyGenParams', 'namedCurve');
    const allowed = name === 'ECDSA' ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
    if (usageSet.some((u) => !allowed.includes(u))) {
      throw domError(`Unsupported key usage for an ${name} key`, 'SyntaxError');
    }
    const curve = kCurves[alg.namedCurve];
    if (curve === undefined) throw domError('Unrecognized namedCurve', 'NotSupportedError');
    pair = await generatePair('ec', { namedCurve: curve });
    algorithm = { name, namedCurve: alg.namedCurve };
  } else {
    experimental(name);
    const allowed = name.startsWith('Ed') ? ['sign', 'verify'] : ['deriveKey', 'deriveBits'];
    if (usageSet.some((u) => !allowed.includes(u))) {
      throw domError(`Unsupported key usage for an ${name} key`, 'SyntaxError');
    }
    pair = await generatePair(kOkpType[name], undefined);
    algorithm = { name };
  }
  const publicUsages = usageSet.filter((u) => allowedUsages(name, true).includes(u));
  const privateUsages = usageSet.filter((u) => allowedUsages(name, false).includes(u));
  if (privateUsages.length === 0) {
    throw domError('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return {
    publicKey: makeCryptoKey(pair.publicKey, algorithm, true, publicUsages),
    privateKey: makeCryptoKey(pair.privateKey, { ...algorithm }, extractable, privateUsages),
  };
}

function validateKeyOps(keyOps, usages) {
  if (keyOps === undefined) return;
  if (!Array.isArray(keyOps)) {
    throw new ERR_INVALID_ARG_TYPE('keyData.key_ops', 'Array', keyOps);
  }
  const seen = new Set();
  for (const op of keyOps) {
    if (!kKeyOps.includes(op)) continue;
    if (seen.has(op)) throw domError('Duplicate key operation', 'DataError');
    seen.add(op);
  }
  for (const use of usages) {
    if (!keyOps.includes(use)) throw domError('Key operations and usage mismatch', 'DataError');
  }
}

function keyObjectFrom(fn) {
  try {
    return fn();
  } catch (err) {
    const e = domError('Invalid keyData', 'DataError');
    Object.defineProperty(e, 'cause', { __proto__: null, value: err, configurable: true,
                                        writable: true });
    throw e;
  }
}

// importKey for the asymmetric algorithms.
function importKey(format, keyData, alg, extractable, usages) {
  const { name } = alg;
  usages = [...usages];
  let hash;
  let namedCurve;
  if (kRsa.includes(name)) {
    if (alg.hash === undefined) throw missingMember('RsaHashedImportParams', 'hash');
    hash = normalizeHash(alg.hash);
  } else if (kEc.includes(name)) {
    if (alg.namedCurve === undefined) throw missingMember('EcKeyImportParams', 'namedCurve');
    namedCurve = alg.namedCurve;
    if (kCurves[namedCurve] === undefined) {
      throw domError('Unrecognized namedCurve', 'NotSupportedError');
    }
  } else {
    experimental(name);
  }
  let keyObject;
  switch (format) {
    case 'spki':
      checkImportUsages(name, true, usages);
      keyObject = keyObjectFrom(() => createPublicKey({
        key: bufferSource(keyData, 'keyData'), format: 'der', type: 'spki' }));
      break;
    case 'pkcs8':
      checkImportUsages(name, false, usages);
      keyObject = keyObjectFrom(() => createPrivateKey({
        key: bufferSource(keyData, 'keyData'), format: 'der', type: 'pkcs8' }));
      break;
    case 'jwk': {
      if (keyData === null || typeof keyData !== 'object' || !keyData.kty) {
        throw domError('Invalid keyData', 'DataError');
      }
      const kty = kRsa.includes(name) ? 'RSA' : kEc.includes(name) ? 'EC' : 'OKP';
      if (keyData.kty !== kty) throw domError('Invalid JWK "kty" Parameter', 'DataError');
      if (kty === 'EC' && keyData.crv !== namedCurve) {
        throw domError('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      if (kty === 'OKP' && keyData.crv !== name) {
        throw domError('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      }
      const isPublic = keyData.d === undefined;
      checkImportUsages(name, isPublic, usages);
      if (usages.length > 0 && keyData.use !== undefined) {
        const use = name === 'RSA-OAEP' || name === 'ECDH' || name.startsWith('X') ? 'enc' : 'sig';
        if (keyData.use !== use) throw domError('Invalid JWK "use" Parameter', 'DataError');
      }
      validateKeyOps(keyData.key_ops, usages);
      if (keyData.ext !== undefined && keyData.ext === false && extractable) {
        throw domError('JWK "ext" Parameter and extractable mismatch', 'DataError');
      }
      if (keyData.alg !== undefined) {
        let ok = true;
        if (kty === 'RSA') ok = kRsaJwkAlg[name][hash] === keyData.alg;
        else if (name === 'ECDSA') ok = kEcJwkAlg[keyData.alg] === namedCurve;
        else if (name.startsWith('Ed')) ok = keyData.alg === 'EdDSA' || keyData.alg === name;
        if (!ok) throw domError('JWK "alg" does not match the requested algorithm', 'DataError');
      }
      keyObject = keyObjectFrom(() => (isPublic ? createPublicKey : createPrivateKey)(
        { key: keyData, format: 'jwk' }));
      break;
    }
    case 'raw': {
      if (kRsa.includes(name)) {
        throw domError('Unable to import RSA key with format raw', 'NotSupportedError');
      }
      checkImportUsages(name, true, usages);
      const bytes = bufferSource(keyData, 'keyData');
      const handle = new binding.PKey();
      if (kEc.includes(name)) {
        if (!handle.fromParts('ec', false, kCurves[namedCurve], [bytes])) {
          throw domError('Invalid keyData', 'DataError');
        }
      } else {
        if (bytes.length !== kOkpSizes[name]) {
          throw domError(`${name} raw keys must be exactly ${kOkpSizes[name]}-bytes`,
                         'DataError');
        }
        if (!handle.fromParts('okp', false, name.toUpperCase(), [bytes])) {
          throw domError('Invalid keyData', 'DataError');
        }
      }
      keyObject = new PublicKeyObject(handle);
      break;
    }
    default:
      throw domError(`Unable to import ${name} key with format ${format}`, 'NotSupportedError');
  }
  return fromKeyObject(keyObject, alg, extractable, usages, hash, namedCurve);
}

// KeyObject.prototype.toCryptoKey for asymmetric keys.
function importKeyObject(keyObject, alg, extractable, usages) {
  const { name } = alg;
  usages = [...usages];
  let hash;
  let namedCurve;
  if (kRsa.includes(name)) {
    if (alg.hash === undefined) throw missingMember('RsaHashedImportParams', 'hash');
    hash = normalizeHash(alg.hash);
  } else if (kEc.includes(name)) {
    if (alg.namedCurve === undefined) throw missingMember('EcKeyImportParams', 'namedCurve');
    namedCurve = alg.namedCurve;
    if (kCurves[namedCurve] === undefined) {
      throw domError('Unrecognized namedCurve', 'NotSupportedError');
    }
  } else {
    experimental(name);
  }
  return fromKeyObject(keyObject, alg, extractable, usages, hash, namedCurve);
}

// A CryptoKey over an asymmetric KeyObject, checked against the algorithm.
function fromKeyObject(keyObject, alg, extractable, usages, hash, namedCurve) {
  const { name } = alg;
  const type = keyObject.asymmetricKeyType;
  let algorithm;
  if (kRsa.includes(name)) {
    if (type !== 'rsa') throw domError('Invalid key type', 'DataError');
    algorithm = rsaAlgorithm(name, keyObject, hash);
  } else if (kEc.includes(name)) {
    if (type !== 'ec') throw domError('Invalid key type', 'DataError');
    if (ecCurveName(keyObject) !== namedCurve) throw domError('Named curve mismatch', 'DataError');
    algorithm = { name, namedCurve };
  } else {
    if (type !== kOkpType[name]) throw domError('Invalid key type', 'DataError');
    algorithm = { name };
  }
  checkImportUsages(name, keyObject.type === 'public', usages);
  if (keyObject.type === 'private' && usages.length === 0) {
    throw domError('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return makeCryptoKey(keyObject, algorithm, extractable, usages);
}

function exportKey(format, key) {
  const { name } = key.algorithm;
  const keyObject = key[kKeyObject];
  switch (format) {
    case 'spki':
      if (key.type === 'public') return toAb(keyObject.export({ format: 'der', type: 'spki' }));
      break;
    case 'pkcs8':
      if (key.type === 'private') return toAb(keyObject.export({ format: 'der', type: 'pkcs8' }));
      break;
    case 'raw':
      if (key.type === 'public' && !kRsa.includes(name)) return toAb(
        Buffer.from(keyObject[kPKey].rawPublic()));
      break;
    case 'jwk': {
      const jwk = { key_ops: [...key.usages], ext: key.extractable,
                    ...keyObject.export({ format: 'jwk' }) };
      if (kRsa.includes(name)) jwk.alg = kRsaJwkAlg[name][key.algorithm.hash.name];
      else if (name === 'Ed25519' || name === 'Ed448') jwk.alg = name;
      return jwk;
    }
    default:
      throw domError(`Unable to export a ${format} ${name} key`, 'NotSupportedError');
  }
  throw domError(`Unable to export a ${format === 'spki' ? 'raw' : format} ${name} ${key.type} key`,
                 'InvalidAccessError');
}

function checkUse(key, name, usage) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  if (key.algorithm.name !== name || !key.usages.includes(usage)) {
    throw domError('The requested operation is not valid for the provided key',
                   'InvalidAccessError');
  }
}

function signParams(alg, key) {
  const { name } = alg;
  switch (name) {
    case 'RSASSA-PKCS1-v1_5':
      return [kNodeHash[key.algorithm.hash.name], { padding: 1 }];
    case 'RSA-PSS':
      if (alg.saltLength === undefined) throw missingMember('RsaPssParams', 'saltLength');
      return [kNodeHash[key.algorithm.hash.name], { padding: 6, saltLength: alg.saltLength >>> 0 }];
    case 'ECDSA':
      if (alg.hash === undefined) throw missingMember('EcdsaParams', 'hash');
      return [kNodeHash[normalizeHash(alg.hash)], { dsaEncoding: 'ieee-p1363' }];
    default:
      return [null, {}];
  }
}

function sign(alg, key, data) {
  const [digest, options] = signParams(alg, key);
  if (key.type !== 'private') {
    throw domError('Unable to use this key to sign', 'InvalidAccessError');
  }
  // On libuv's pool through node:crypto's callback form.
  return new Promise((resolve, reject) => {
    require('internal/crypto/sign').sign(digest, data, { key: key[kKeyObject], ...options },
                                         (err, sig) => {
                                           if (err) reject(operationError(err));
                                           else resolve(toAb(sig));
                                         });
  });
}

function verify(alg, key, signature, data) {
  const [digest, options] = signParams(alg, key);
  if (key.type !== 'public') {
    throw domError('Unable to use this key to verify', 'InvalidAccessError');
  }
  return new Promise((resolve, reject) => {
    require('internal/crypto/sign').verify(digest, data, { key: key[kKeyObject], ...options },
                                           signature, (err, ok) => {
                                             if (err) reject(operationError(err));
                                             else resolve(ok);
                                           });
  });
}

function oaep(alg, key, data, encrypt, usage) {
  checkUse(key, 'RSA-OAEP', usage);
  const ops = require('internal/crypto/pkey_ops');
  const options = { key: key[kKeyObject], padding: 4,
                    oaepHash: kNodeHash[key.algorithm.hash.name] };
  if (alg.label !== undefined) options.oaepLabel = bufferSource(alg.label, 'algorithm.label');
  if (encrypt && key.type !== 'public') {
    throw domError('The requested operation is not valid for the provided key',
                   'InvalidAccessError');
  }
  try {
    return toAb((encrypt ? ops.publicEncrypt : ops.privateDecrypt)(options, data));
  } catch (err) {
    throw operationError(err);
  }
}

const kMasks = [0, 0x80, 0xc0, 0xe0, 0xf0, 0xf8, 0xfc, 0xfe];

// deriveBits with ECDH, X25519 or X448; length null gives the whole secret.
function deriveBits(alg, baseKey, length, usage) {
  const { name } = alg;
  const pub = alg.public;
  if (pub === undefined) throw missingMember('EcdhKeyDeriveParams', 'public');
  if (!(pub instanceof CryptoKey)) {
    // Node's WebIDL layer words this one.
    const err = new TypeError("Failed to normalize algorithm: 'public' of " +
      "'EcdhKeyDeriveParams' (passed algorithm) is not of type CryptoKey.");
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (pub.type !== 'public') {
    throw domError('algorithm.public must be a public key', 'InvalidAccessError');
  }
  if (pub.algorithm.name !== name) {
    throw domError(`algorithm.public must be an ${name} key`, 'InvalidAccessError');
  }
  if (baseKey.type !== 'private') {
    throw domError('baseKey must be a private key', 'InvalidAccessError');
  }
  if (name === 'ECDH' && pub.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
    throw domError('Named curve mismatch', 'InvalidAccessError');
  }
  let bits;
  try {
    bits = require('internal/crypto/pkey_ops').diffieHellman({
      privateKey: baseKey[kKeyObject], publicKey: pub[kKeyObject] });
  } catch (err) {
    throw operationError(err);
  }
  if (length === null || length === undefined) return toAb(bits);
  const sliceLength = Math.ceil(length / 8);
  if (bits.length < sliceLength) {
    throw domError('derived bit length is too small', 'OperationError');
  }
  const out = Buffer.from(bits.subarray(0, sliceLength));
  if (length % 8) out[sliceLength - 1] &= kMasks[length % 8];
  return toAb(out);
}

module.exports = {
  isAsymmetric,
  generateKeyPair,
  importKey,
  importKeyObject,
  fromKeyObject,
  exportKey,
  sign,
  verify,
  oaep,
  deriveBits,
  kRsa,
  kEc,
};
