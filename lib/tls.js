'use strict';
// node:tls — TLS over OpenSSL 3 (libssl). The socket, server and connect live in _tls_wrap.js,
// secure contexts in _tls_common.js; this file adds the module-level helpers and defaults.

const net = require('net');
const binding = internalBinding('tls_wrap');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_NOT_IMPLEMENTED,
    ERR_TLS_CERT_ALTNAME_INVALID,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { SecureContext, createSecureContext } = require('_tls_common');
const { TLSSocket, Server, createServer, connect, convertALPN } = require('_tls_wrap');

const CLIENT_RENEG_LIMIT = 3;
const CLIENT_RENEG_WINDOW = 600;

const DEFAULT_CIPHERS =
  'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
  'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:' +
  'DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

let ciphers;
function getCiphers() {
  ciphers ??= [...new Set(binding.getCiphers().map((c) => c.toLowerCase()))].sort();
  return ciphers.slice();
}

// The CA certificates of the trust store (src/bindings/tls_root_store.cc). tide has no bundled
// copy of Mozilla's list as Node does: 'bundled' (and tls.rootCertificates) is the system's CA
// file (SSL_CERT_FILE, or OpenSSL's: Debian's /etc/ssl/certs bundle), 'system' that and the
// system's CA directory, 'extra' NODE_EXTRA_CA_CERTS's, 'default' what a context without `ca`
// trusts. Each list is built once (frozen); 'default' again after setDefaultCACertificates().
const kCAKinds = { __proto__: null, default: 0, system: 1, extra: 2, bundled: 3 };
const caCertificates = [];

function getCACertificates(type = 'default') {
  validateString(type, 'type');
  const kind = kCAKinds[type];
  if (kind === undefined) throw new ERR_INVALID_ARG_VALUE('type', type);
  caCertificates[kind] ??= Object.freeze(binding.getCACertificates(kind));
  return caCertificates[kind];
}

function getRootCertificates() {
  return getCACertificates('bundled');
}

// Only this thread's later contexts (as Node's); `certs` replaces every default, extra included.
function setDefaultCACertificates(certs) {
  if (!Array.isArray(certs)) throw new ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  for (let i = 0; i < certs.length; i++) {
    if (typeof certs[i] !== 'string' && !isArrayBufferView(certs[i])) {
      throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], certs[i]);
    }
  }
  binding.setDefaultCACertificates(certs);
  caCertificates[kCAKinds.default] = undefined;
}

function convertALPNProtocols(protocols, out) {
  // Anything else is ignored, as in Node.
  if (Array.isArray(protocols) || isArrayBufferView(protocols)) {
    out.ALPNProtocols = convertALPN(protocols);
  }
}

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).replace(/[A-Z]/g, (c) => c.toLowerCase()).split('.');
}

// RFC 6125 matching of one presented name against the host's labels.
function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  // Non-ASCII, control characters and blanks never match.
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*', 3);
  // No wildcard, or an IDNA A-label (matched verbatim).
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;  // more than one wildcard
  if (patternParts.length <= 2) return false;  // *.tld
  const [prefix, suffix] = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// "DNS:a, IP Address:1.2.3.4, DNS:\"quoted, name\"" → entries (quoted values may hold ", ").
function splitAltNames(altNames) {
  const result = [];
  let current = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      current += altNames.slice(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.slice(nextQuote));
      if (!match) return altNames.split(', ');
      current += JSON.parse(match[0]);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      current += altNames.slice(offset, nextSep);
      result.push(current);
      current = '';
      offset = nextSep + 2;
    } else {
      current += altNames.slice(offset);
      offset = altNames.length;
    }
  }
  result.push(current);
  return result;
}

function canonicalizeIP(ip) {
  if (net.isIPv4(ip)) return ip;
  try {
    return new URL(`http://[${ip}]`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) {
        dnsNames.push(name.slice(4));
      } else if (name.startsWith('IP Address:')) {
        ips.push(canonicalizeIP(name.slice(11)));
      }
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

function createSecurePair() {
  throw new ERR_NOT_IMPLEMENTED('tls.createSecurePair() (deprecated; use tls.TLSSocket)');
}

module.exports = {
  CLIENT_RENEG_LIMIT,
  CLIENT_RENEG_WINDOW,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  getCACertificates,
  setDefaultCACertificates,
  rootCertificates: undefined,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};

Object.defineProperty(module.exports, 'rootCertificates', {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: getRootCertificates,
});

