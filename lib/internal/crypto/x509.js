'use strict';
// X509Certificate over the binding's X509Cert.

const { Buffer } = require('buffer');
const { binding } = require('internal/crypto/util');
const { codes: {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_NOT_IMPLEMENTED,
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

  toLegacyObject() {
    throw new ERR_NOT_IMPLEMENTED('X509Certificate.prototype.toLegacyObject()');
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
