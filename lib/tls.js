'use strict';
// node:tls — TLS over OpenSSL 3 (libssl). The socket, server and connect live in _tls_wrap.js,
// secure contexts in _tls_common.js; this file adds the module-level helpers and defaults.

const net = require('net');
const binding = internalBinding('tls_wrap');
const {
  codes: { ERR_NOT_IMPLEMENTED, ERR_TLS_CERT_ALTNAME_INVALID },
} = require('internal/errors');
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

// The system's trust store (Debian's /etc/ssl/certs bundle, or SSL_CERT_FILE): tide has no
// bundled copy of Mozilla's list as Node does.
let rootCertificates;
function getRootCertificates() {
  if (rootCertificates === undefined) {
    const fs = require('fs');
    const file = process.env.SSL_CERT_FILE || '/etc/ssl/certs/ca-certificates.crt';
    let text = '';
    try {
      text = fs.readFileSync(file, 'latin1');
    } catch {
      // no bundle: an empty list
    }
    const re = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
    rootCertificates = Object.freeze((text.match(re) || []).map((pem) => `${pem}\n`));
  }
  return rootCertificates;
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

