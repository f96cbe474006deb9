'use strict';
// X509Certificate over the binding's X509Cert.

const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
} } = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { isKeyObject, kPKey, PublicKeyObject } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');

// X509_CHECK_FLAG_* from OpenSSL's x509v3.h.
const X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT = 0x1;
const X509_CHECK_FLAG_NO_WILDCARDS = 0x2;
const X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS = 0x4;
const X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS = 0x8;
const X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS = 0x10;
const X509_CHECK_FLAG_NEVER_CHECK_SUBJECT = 0x20;

function getFlags(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default',
    wildcards = true,
    partialWildcards = true,
    multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = { ...options };
  let flags = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT; break;
    case 'never': flags |= X509_CHECK_FLAG_NEVER_CHECK_SUBJECT; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= X509_CHECK_FLAG_NO_WILDCARDS;
  if (!partialWildcards) flags |= X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

const kNistCurves = { __proto__: null, 'prime192v1': 'P-192', 'secp224r1': 'P-224',
  'prime256v1': 'P-256', 'secp384r1': 'P-384', 'secp521r1': 'P-521' };

// "C=NL\nO=x" → { __proto__: null, C: 'NL', O: 'x' }; repeated names collect into arrays and
// JSON-quoted values (special characters) are unquoted.
function parseName(text) {
  const out = { __proto__: null };
  if (text === undefined) return out;
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    const key = line.slice(0, eq);
    let value = line.slice(eq + 1);
    if (value.charCodeAt(0) === 0x22) {
      try {
        value = JSON.parse(value);
      } catch {
        // keep the text as it is
      }
    }
    if (key in out) {
      if (Array.isArray(out[key])) out[key].push(value);
      else out[key] = [out[key], value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

function parseInfoAccess(text) {
  const out = { __proto__: null };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    let value = line.slice(colon + 1);
    if (value.charCodeAt(0) === 0x22) {
      try {
        value = JSON.parse(value);
      } catch {
        // keep the text as it is
      }
    }
    if (key in out) out[key].push(value);
    else out[key] = [value];
  }
  return out;
}

function info(cert) {
  cert[kInfo] ??= cert[kHandle].info();
  return cert[kInfo];
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    this[kHandle] = new binding.X509Cert();
    this[kHandle].parse(buffer);
  }

  get subject() { return info(this)[0]; }
  get issuer() { return info(this)[1]; }
  get subjectAltName() { return info(this)[2]; }
  get infoAccess() { return info(this)[3]; }
  get validFrom() { return info(this)[4]; }
  get validTo() { return info(this)[5]; }
  get validFromDate() { return new Date(info(this)[11]); }
  get validToDate() { return new Date(info(this)[12]); }
  get fingerprint() { return info(this)[6]; }
  get fingerprint256() { return info(this)[7]; }
  get fingerprint512() { return info(this)[8]; }
  get serialNumber() { return info(this)[9]; }
  get ca() { return info(this)[10]; }
  get keyUsage() { return this[kHandle].keyUsage(); }
  get issuerCertificate() { return undefined; }
  get raw() { return Buffer.from(this[kHandle].raw()); }

  get publicKey() {
    const handle = new binding.PKey();
    this[kHandle].publicKey(handle);
    return new PublicKeyObject(handle);
  }

  toString() { return this[kHandle].pem(); }
  toJSON() { return this.toString(); }

  // The object tls's getPeerCertificate() gives (Node's legacy certificate object).
  toLegacyObject() {
    const o = {
      subject: parseName(this.subject),
      issuer: parseName(this.issuer),
    };
    const altName = this.subjectAltName;
    if (altName !== undefined) o.subjectaltname = altName;
    const infoAccess = this.infoAccess;
    if (infoAccess !== undefined) o.infoAccess = parseInfoAccess(infoAccess);
    o.ca = this.ca;
    const key = this.publicKey;
    const type = key.asymmetricKeyType;
    if (type === 'rsa') {
      const jwk = key.export({ format: 'jwk' });
      o.modulus = Buffer.from(jwk.n, 'base64url').toString('hex').toUpperCase();
      o.bits = key.asymmetricKeyDetails.modulusLength;
      const e = BigInt(`0x${Buffer.from(jwk.e, 'base64url').toString('hex')}`);
      o.exponent = `0x${e.toString(16)}`;
      o.pubkey = key.export({ type: 'spki', format: 'der' });
    } else if (type === 'ec') {
      const [, , bits] = key[kPKey].info();
      o.bits = bits;
      o.pubkey = Buffer.from(key[kPKey].rawPublic());
      const curve = key.asymmetricKeyDetails.namedCurve;
      if (curve !== undefined) {
        o.asn1Curve = curve;
        const nist = kNistCurves[curve];
        if (nist !== undefined) o.nistCurve = nist;
      }
    }
    o.valid_from = this.validFrom;
    o.valid_to = this.validTo;
    o.fingerprint = this.fingerprint;
    o.fingerprint256 = this.fingerprint256;
    o.fingerprint512 = this.fingerprint512;
    const extKeyUsage = this.keyUsage;
    if (extKeyUsage !== undefined) o.ext_key_usage = extKeyUsage;
    o.serialNumber = this.serialNumber;
    o.raw = this.raw;
    return o;
  }

  checkHost(name, options) {
    validateString(name, 'name');
    return this[kHandle].checkHost(name, getFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kHandle].checkEmail(email, getFlags(options));
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    // Node still validates the (ignored) options.
    if (options !== undefined) getFlags(options);
    const result = this[kHandle].checkIP(ip);
    if (result === undefined) {
      const err = new TypeError('Invalid IP');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    return result ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    }
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].checkPrivateKey(pkey[kPKey]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return this[kHandle].verify(pkey[kPKey]);
  }
}

module.exports = { X509Certificate };
