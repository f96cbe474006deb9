'use strict';
// Module-level API: defaults, getCiphers, rootCertificates (the system store here),
// checkServerIdentity's rules and messages, convertALPNProtocols.
const assert = require('assert');
const tls = require('tls');

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:/);
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);

const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('aes128-gcm-sha256'));
assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
assert.deepStrictEqual(ciphers, [...ciphers].sort());

assert.ok(Array.isArray(tls.rootCertificates));
assert.ok(Object.isFrozen(tls.rootCertificates));
assert.strictEqual(tls.rootCertificates, tls.rootCertificates);
for (const pem of tls.rootCertificates) assert.match(pem, /^-----BEGIN CERTIFICATE-----\n/);

const cert = (san, cn) => ({ subject: { CN: cn }, subjectaltname: san });
assert.strictEqual(tls.checkServerIdentity('a.example.com', cert('DNS:*.example.com')), undefined);
assert.strictEqual(tls.checkServerIdentity('A.Example.COM.', cert('DNS:a.example.com')),
                   undefined);
let err = tls.checkServerIdentity('a.b.example.com', cert('DNS:*.example.com'));
assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
assert.strictEqual(err.reason,
                   "Host: a.b.example.com. is not in the cert's altnames: DNS:*.example.com");
assert.strictEqual(err.host, 'a.b.example.com');
// No wildcard for a top-level domain, no CN fallback when DNS names exist.
assert.ok(tls.checkServerIdentity('example.com', cert('DNS:*.com')));
assert.ok(tls.checkServerIdentity('x.example.com', cert('DNS:y.example.com', 'x.example.com')));
// CN is used without DNS altnames.
assert.strictEqual(tls.checkServerIdentity('x.example.com', cert(undefined, 'x.example.com')),
                   undefined);
err = tls.checkServerIdentity('y.example.com', cert(undefined, 'x.example.com'));
assert.strictEqual(err.reason, "Host: y.example.com. is not cert's CN: x.example.com");
err = tls.checkServerIdentity('y.example.com', { subject: {} });
assert.strictEqual(err.reason, 'Cert does not contain a DNS name');
// IP addresses are matched against IP altnames only.
assert.strictEqual(tls.checkServerIdentity('127.0.0.1', cert('IP Address:127.0.0.1')), undefined);
assert.strictEqual(tls.checkServerIdentity('::1', cert('IP Address:0:0:0:0:0:0:0:1')), undefined);
err = tls.checkServerIdentity('10.0.0.1', cert('IP Address:127.0.0.1, DNS:10.0.0.1'));
assert.strictEqual(err.reason, "IP: 10.0.0.1 is not in the cert's list: 127.0.0.1");

const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1'));
assert.throws(() => tls.convertALPNProtocols(['x'.repeat(256)], {}), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The byte length of the protocol at index 0 exceeds the maximum length. ' +
           'It must be <= 255. Received 256',
});
const ignored = {};
tls.convertALPNProtocols('h2', ignored);  // not an array or buffer: ignored, as in Node
assert.deepStrictEqual(ignored, {});

assert.ok(tls.createSecureContext() instanceof tls.SecureContext);
assert.strictEqual(typeof tls.TLSSocket, 'function');
assert.ok(new tls.Server() instanceof require('net').Server);
