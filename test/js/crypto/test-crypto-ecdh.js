'use strict';
// createECDH: fixed private keys on several curves give Node's public keys (all three point
// formats) and shared secrets (ecdh.json, recorded from node v20); convertKey; errors.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const cases = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'ecdh.json'), 'utf8'));

for (const v of cases) {
  const a = crypto.createECDH(v.curve);
  const b = crypto.ECDH(v.curve);
  assert.strictEqual(a.setPrivateKey(v.a, 'hex'), a);
  b.setPrivateKey(Buffer.from(v.b, 'hex'));
  assert.strictEqual(a.getPublicKey('hex'), v.aPub, v.curve);
  assert.strictEqual(a.getPublicKey('hex', 'compressed'), v.aPubC, v.curve);
  assert.strictEqual(a.getPublicKey('hex', 'hybrid'), v.aPubH, v.curve);
  assert.strictEqual(b.getPublicKey().toString('hex'), v.bPub, v.curve);
  assert.strictEqual(b.getPrivateKey('hex'), v.bPriv, v.curve);
  assert.strictEqual(a.computeSecret(v.bPub, 'hex', 'hex'), v.secret, v.curve);
  assert.strictEqual(b.computeSecret(Buffer.from(v.aPubC, 'hex')).toString('hex'), v.secret);
  assert.strictEqual(crypto.ECDH.convertKey(v.aPub, v.curve, 'hex', 'hex', 'compressed'), v.aPubC);
  assert.strictEqual(crypto.ECDH.convertKey(v.aPubC, v.curve, 'hex', 'hex'), v.aPub);
}

// Generated keys agree with each other.
{
  const a = crypto.createECDH('secp384r1');
  const b = crypto.createECDH('secp384r1');
  const aPub = a.generateKeys();
  assert.strictEqual(aPub.length, 97);
  assert.strictEqual(b.generateKeys('base64', 'compressed').length, 68);
  assert.deepStrictEqual(a.computeSecret(b.getPublicKey()), b.computeSecret(aPub));
}

assert.throws(() => crypto.createECDH('P-256'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.createECDH(1), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const e = crypto.createECDH('prime256v1');
  assert.throws(() => e.getPublicKey(), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key',
  });
  assert.throws(() => e.getPrivateKey(), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH private key',
  });
  e.generateKeys();
  assert.throws(() => e.computeSecret(Buffer.alloc(65)), {
    code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
  });
  assert.throws(() => e.getPublicKey('hex', 'foo'), {
    name: 'TypeError', code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: foo',
  });
  for (const bad of [Buffer.alloc(32), Buffer.alloc(32, 255)]) {
    assert.throws(() => e.setPrivateKey(bad), {
      name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE',
      message: 'Private key is not valid for specified curve.',
    });
  }
  assert.throws(() => crypto.ECDH.convertKey(e.getPublicKey(), 'foo'), { code: 'ERR_CRYPTO_INVALID_CURVE' });
  // A point on another curve is rejected.
  const k1 = crypto.createECDH('secp256k1');
  k1.generateKeys();
  assert.throws(() => e.computeSecret(k1.getPublicKey()), { code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY' });
}
