'use strict';
// tls.SecureContext / tls.createSecureContext over the tls_wrap binding's SecureContext (an
// SSL_CTX), and the peer-certificate objects TLSSocket.getPeerCertificate() returns.

const { Buffer } = require('buffer');
const binding = internalBinding('tls_wrap');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_NOT_IMPLEMENTED,
    ERR_TLS_INVALID_PROTOCOL_METHOD,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateInteger, validateObject, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const kVersions = {
  __proto__: null,
  'TLSv1': binding.TLS1_VERSION,
  'TLSv1.1': binding.TLS1_1_VERSION,
  'TLSv1.2': binding.TLS1_2_VERSION,
  'TLSv1.3': binding.TLS1_3_VERSION,
};

// secureProtocol method names → [min, max] (0 = OpenSSL's bound).
const kMethods = {
  __proto__: null,
  TLS_method: [0, 0],
  TLS_client_method: [0, 0],
  TLS_server_method: [0, 0],
  SSLv23_method: [0, 0],
  SSLv23_client_method: [0, 0],
  SSLv23_server_method: [0, 0],
  TLSv1_method: [binding.TLS1_VERSION, binding.TLS1_VERSION],
  TLSv1_client_method: [binding.TLS1_VERSION, binding.TLS1_VERSION],
  TLSv1_server_method: [binding.TLS1_VERSION, binding.TLS1_VERSION],
  TLSv1_1_method: [binding.TLS1_1_VERSION, binding.TLS1_1_VERSION],
  TLSv1_1_client_method: [binding.TLS1_1_VERSION, binding.TLS1_1_VERSION],
  TLSv1_1_server_method: [binding.TLS1_1_VERSION, binding.TLS1_1_VERSION],
  TLSv1_2_method: [binding.TLS1_2_VERSION, binding.TLS1_2_VERSION],
  TLSv1_2_client_method: [binding.TLS1_2_VERSION, binding.TLS1_2_VERSION],
  TLSv1_2_server_method: [binding.TLS1_2_VERSION, binding.TLS1_2_VERSION],
};

function toV(which, v, def) {
  if (v == null) v = def;
  if (v in kVersions) return kVersions[v];
  throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) {
    return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  }
  const tls = require('tls');
  this.context = new binding.SecureContext();
  let min;
  let max;
  if (secureProtocol) {
    validateString(secureProtocol, 'options.secureProtocol');
    if (/^SSLv[23]/.test(secureProtocol)) {
      if (secureProtocol.startsWith('SSLv23')) {
        // the old name of "any version"
      } else {
        throw new ERR_TLS_INVALID_PROTOCOL_METHOD();
      }
    }
    const range = kMethods[secureProtocol];
    if (range === undefined) throw new TypeError(`Unknown method: ${secureProtocol}`);
    if (minVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion != null) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
    [min, max] = range;
    if (min === 0) min = toV('minimum', null, tls.DEFAULT_MIN_VERSION);
    if (max === 0) max = toV('maximum', null, tls.DEFAULT_MAX_VERSION);
  } else {
    min = toV('minimum', minVersion, tls.DEFAULT_MIN_VERSION);
    max = toV('maximum', maxVersion, tls.DEFAULT_MAX_VERSION);
  }
  this.context.setProtoVersions(min, max);
  this.minVersion = min;
  this.maxVersion = max;
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

function isSecureContext(value) {
  return value instanceof SecureContext || value?.context instanceof binding.SecureContext;
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`,
                                   ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toArray(value) {
  return Array.isArray(value) ? value : [value];
}

function createSecureContext(options) {
  if (!options) options = {};
  else validateObject(options, 'options');
  const tls = require('tls');
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  let { secureOptions } = options;
  if (honorCipherOrder) secureOptions = (secureOptions | 0) | 0x400000;  // CIPHER_SERVER_PREFERENCE
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = c.context;

  for (const name of ['crl', 'clientCertEngine', 'privateKeyEngine', 'privateKeyIdentifier',
                      'ticketKeys']) {
    if (options[name] != null) {
      throw new ERR_NOT_IMPLEMENTED(`The tls.createSecureContext() "${name}" option`);
    }
  }

  if (options.ca) {
    for (const ca of toArray(options.ca)) {
      validateKeyOrCertOption('ca', ca);
      ctx.addCACert(ca);
    }
  } else {
    ctx.addRootCerts();
  }
  if (options.cert) {
    for (const cert of toArray(options.cert)) {
      validateKeyOrCertOption('cert', cert);
      ctx.setCert(cert);
    }
  }
  if (options.key) {
    for (const key of toArray(options.key)) {
      const pem = key?.pem !== undefined ? key.pem : key;
      const passphrase = key?.pem !== undefined ? (key.passphrase ?? options.passphrase) :
        options.passphrase;
      validateKeyOrCertOption('key', pem);
      if (passphrase != null) validateString(passphrase, 'options.passphrase');
      ctx.setKey(pem, passphrase);
    }
  }
  if (options.pfx) {
    for (const pfx of toArray(options.pfx)) {
      const buf = pfx?.buf !== undefined ? pfx.buf : pfx;
      const passphrase = pfx?.buf !== undefined ? (pfx.passphrase ?? options.passphrase) :
        options.passphrase;
      validateKeyOrCertOption('pfx', buf);
      ctx.loadPKCS12(typeof buf === 'string' ? Buffer.from(buf) : buf, passphrase);
    }
  }

  const ciphers = options.ciphers ?? tls.DEFAULT_CIPHERS;
  validateString(ciphers, 'options.ciphers');
  // TLS 1.3 suites (TLS_*) and older cipher names are configured separately in OpenSSL; a list
  // without TLS 1.3 names keeps OpenSSL's TLS 1.3 suites, as Node's does.
  const parts = ciphers.split(':');
  const suites = parts.filter((p) => p.startsWith('TLS_')).join(':');
  const list = parts.filter((p) => !p.startsWith('TLS_')).join(':');
  if (suites !== '') ctx.setCipherSuites(suites);
  ctx.setCiphers(list);

  const ecdhCurve = options.ecdhCurve ?? tls.DEFAULT_ECDH_CURVE;
  validateString(ecdhCurve, 'options.ecdhCurve');
  if (ecdhCurve !== 'auto') ctx.setECDHCurve(ecdhCurve);
  if (options.sigalgs !== undefined) {
    validateString(options.sigalgs, 'options.sigalgs');
    ctx.setSigalgs(options.sigalgs);
  }
  if (options.dhparam != null && options.dhparam !== 'auto') {
    throw new ERR_NOT_IMPLEMENTED('The tls.createSecureContext() "dhparam" option (other than ' +
                                  '\'auto\')');
  }
  if (options.sessionIdContext) {
    validateString(options.sessionIdContext, 'options.sessionIdContext');
    ctx.setSessionIdContext(options.sessionIdContext);
  }
  if (options.sessionTimeout) {
    validateInteger(options.sessionTimeout, 'options.sessionTimeout');
    ctx.setSessionTimeout(options.sessionTimeout);
  }
  return c;
}

// "C=US\nCN=x" → { C: 'US', CN: 'x' } (repeated keys become arrays), as Node's legacy objects.
function parseCertString(s) {
  const out = { __proto__: null };
  if (typeof s !== 'string') return out;
  for (const part of s.split('\n')) {
    const sep = part.indexOf('=');
    if (sep <= 0) continue;
    const key = part.slice(0, sep);
    const value = part.slice(sep + 1);
    if (key in out) {
      if (!Array.isArray(out[key])) out[key] = [out[key]];
      out[key].push(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function parseInfoAccess(s) {
  if (typeof s !== 'string') return undefined;
  const out = { __proto__: null };
  for (const line of s.split('\n')) {
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const rest = line.slice(sep + 3);
    const colon = rest.indexOf(':');
    const key = `${line.slice(0, sep)} - ${rest.slice(0, colon)}`;
    (out[key] ??= []).push(rest.slice(colon + 1));
  }
  return out;
}

// The modulus of an RSA SubjectPublicKeyInfo (DER), as upper-case hex without leading zeros.
function rsaModulus(spki) {
  let pos = 0;
  function header() {
    pos++;  // tag
    let len = spki[pos++];
    if (len & 0x80) {
      const n = len & 0x7f;
      len = 0;
      for (let i = 0; i < n; i++) len = len * 256 + spki[pos++];
    }
    return len;
  }
  header();  // SubjectPublicKeyInfo
  const algorithmLength = header();  // AlgorithmIdentifier, skipped
  pos += algorithmLength;
  header();  // BIT STRING
  pos++;  // unused-bits byte
  header();  // RSAPublicKey
  const len = header();  // modulus INTEGER
  let hex = spki.toString('hex', pos, pos + len).toUpperCase();
  while (hex.startsWith('00')) hex = hex.slice(2);
  return hex;
}

const kNistCurves = { __proto__: null, prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521',
                      secp224r1: 'P-224', prime192v1: 'P-192' };

// One DER certificate → Node's legacy certificate object.
function certificateObject(der) {
  const { X509Certificate } = require('internal/crypto/x509');
  const raw = Buffer.from(der);
  const x = new X509Certificate(raw);
  const c = {};
  c.subject = parseCertString(x.subject);
  c.issuer = parseCertString(x.issuer);
  if (x.subjectAltName !== undefined) c.subjectaltname = x.subjectAltName;
  const infoAccess = parseInfoAccess(x.infoAccess);
  if (infoAccess !== undefined) c.infoAccess = infoAccess;
  c.ca = x.ca;
  try {
    const key = x.publicKey;
    const details = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'rsa') {
      const spki = key.export({ type: 'spki', format: 'der' });
      c.modulus = rsaModulus(spki);
      c.bits = details.modulusLength;
      c.exponent = `0x${details.publicExponent.toString(16)}`;
      c.pubkey = spki;
    } else if (key.asymmetricKeyType === 'ec') {
      const curve = details.namedCurve;
      c.bits = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256,
                 secp224r1: 224, prime192v1: 192 }[curve];
      c.pubkey = key.export({ type: 'spki', format: 'der' });
      c.asn1Curve = curve;
      if (kNistCurves[curve]) c.nistCurve = kNistCurves[curve];
    }
    if (c.pubkey === undefined) c.pubkey = key.export({ type: 'spki', format: 'der' });
  } catch {
    // a key type the crypto module cannot describe: no key fields, as Node for unknown keys
  }
  c.valid_from = x.validFrom;
  c.valid_to = x.validTo;
  c.fingerprint = x.fingerprint;
  c.fingerprint256 = x.fingerprint256;
  c.fingerprint512 = x.fingerprint512;
  const eku = x.keyUsage;
  if (eku !== undefined) c.ext_key_usage = eku;
  c.serialNumber = x.serialNumber;
  c.raw = raw;
  return c;
}

// [leaf, ...chain] DERs → the leaf's object; `detailed` links issuerCertificate up the chain
// (a self-signed certificate is its own issuer, as in Node).
function translatePeerCertificate(ders, detailed) {
  if (!ders || ders.length === 0) return null;
  const certs = (detailed ? ders : ders.slice(0, 1)).map(certificateObject);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) {
      const c = certs[i];
      const next = certs[i + 1];
      if (next !== undefined) {
        c.issuerCertificate = next;
      } else if (JSON.stringify(c.subject) === JSON.stringify(c.issuer)) {
        c.issuerCertificate = c;
      }
    }
  }
  return certs[0];
}

module.exports = {
  SecureContext,
  createSecureContext,
  isSecureContext,
  translatePeerCertificate,
  parseCertString,
};
