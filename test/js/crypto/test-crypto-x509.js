'use strict';
// X509Certificate on a test CA and a leaf certificate (test/fixtures/crypto/*-cert.pem, made with
// openssl); x509.json holds what node v20 reports for them.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');
const { X509Certificate } = crypto;

const dir = path.join(__dirname, '..', '..', 'fixtures', 'crypto');
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'x509.json'), 'utf8'));
const leafPem = fs.readFileSync(path.join(dir, 'leaf-cert.pem'));
const leaf = new X509Certificate(leafPem);
const ca = new X509Certificate(fs.readFileSync(path.join(dir, 'ca-cert.pem'), 'utf8'));

for (const [name, cert] of [['leaf', leaf], ['ca', ca]]) {
  for (const [key, value] of Object.entries(expected[name])) {
    assert.deepStrictEqual(cert[key], value, `${name}.${key}`);
  }
}
assert.strictEqual(leaf.subjectAltName.includes('IP Address:127.0.0.1'), true);
// validFromDate/validToDate came in Node 22.10 (node v20 has neither).
if (leaf.validFromDate !== undefined) {
  assert.ok(leaf.validFromDate instanceof Date);
  assert.strictEqual(leaf.validFromDate.getTime(), Date.parse(leaf.validFrom));
  assert.strictEqual(leaf.validToDate.getTime(), Date.parse(leaf.validTo));
}
assert.strictEqual(ca.subjectAltName, undefined);
assert.strictEqual(ca.keyUsage, undefined);

// Encodings.
assert.strictEqual(leaf.toString(), leafPem.toString());
assert.strictEqual(leaf.toJSON(), leaf.toString());
const der = leaf.raw;
assert.ok(Buffer.isBuffer(der));
assert.strictEqual(new X509Certificate(der).fingerprint256, leaf.fingerprint256);

// Names.
assert.strictEqual(leaf.checkHost('tide.example'), 'tide.example');
assert.strictEqual(leaf.checkHost('a.tide.example'), '*.tide.example');
assert.strictEqual(leaf.checkHost('a.tide.example', { wildcards: false }), undefined);
assert.strictEqual(leaf.checkHost('other.example'), undefined);
assert.strictEqual(leaf.checkEmail('dev@tide.example'), 'dev@tide.example');
assert.strictEqual(leaf.checkEmail('x@tide.example'), undefined);
assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(leaf.checkIP('::1'), '::1');
assert.strictEqual(leaf.checkIP('1.1.1.1'), undefined);

// Keys and issuers.
assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'rsa');
assert.strictEqual(ca.publicKey.asymmetricKeyDetails.namedCurve, 'prime256v1');
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(ca.verify(ca.publicKey), true);
const leafKey = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'leaf-key.pem')));
assert.strictEqual(leaf.checkPrivateKey(leafKey), true);
assert.strictEqual(ca.checkPrivateKey(leafKey), false);

// Errors.
assert.throws(() => new X509Certificate('junk'), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => new X509Certificate(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
assert.throws(() => leaf.checkHost(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => leaf.checkHost('a', { subject: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.checkIP('nope'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.checkIssued({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => leaf.verify(leafKey), { code: 'ERR_INVALID_ARG_VALUE' });

// toLegacyObject(): the getPeerCertificate() shape (values as node v20 gives them).
{
  const o = leaf.toLegacyObject();
  assert.deepStrictEqual(Object.keys(o), ['subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca',
    'modulus', 'bits', 'exponent', 'pubkey', 'valid_from', 'valid_to', 'fingerprint',
    'fingerprint256', 'fingerprint512', 'ext_key_usage', 'serialNumber', 'raw']);
  assert.deepStrictEqual(o.subject, { __proto__: null, C: 'NL', ST: 'Noord-Holland',
                                      L: 'Amsterdam', O: 'Tide', OU: 'Runtime', CN: 'tide.example' });
  assert.deepStrictEqual(o.issuer, { __proto__: null, C: 'NL', O: 'Tide Test CA', CN: 'tide-ca' });
  assert.deepStrictEqual(o.infoAccess, { __proto__: null, 'OCSP - URI': ['http://ocsp.tide.example/'],
                                         'CA Issuers - URI': ['http://ca.tide.example/ca.pem'] });
  assert.strictEqual(o.subjectaltname, leaf.subjectAltName);
  assert.strictEqual(o.ca, false);
  assert.strictEqual(o.bits, 2048);
  assert.strictEqual(o.exponent, '0x10001');
  assert.ok(o.modulus.startsWith('A901438B6E1CE60643A2F5AE32722B75'));
  assert.deepStrictEqual(o.pubkey, leaf.publicKey.export({ type: 'spki', format: 'der' }));
  assert.deepStrictEqual(o.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
  assert.strictEqual(o.serialNumber, '1234ABCD');
  assert.strictEqual(o.fingerprint256, leaf.fingerprint256);
  assert.deepStrictEqual(o.raw, leaf.raw);
  const c = ca.toLegacyObject();
  assert.deepStrictEqual(Object.keys(c), ['subject', 'issuer', 'ca', 'bits', 'pubkey', 'asn1Curve',
    'nistCurve', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512',
    'serialNumber', 'raw']);
  assert.strictEqual(c.ca, true);
  assert.strictEqual(c.bits, 256);
  assert.strictEqual(c.asn1Curve, 'prime256v1');
  assert.strictEqual(c.nistCurve, 'P-256');
  assert.strictEqual(c.pubkey.length, 65);
}
