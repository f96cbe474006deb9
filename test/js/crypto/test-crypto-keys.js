'use strict';
// Asymmetric KeyObjects: PEM/DER import (PKCS#8, SPKI, PKCS#1, SEC1, passphrase-encrypted
// PKCS#8), export byte-identical to Node's, key details, generateKeyPair(Sync), sign/verify
// (RSA PKCS#1 v1.5 and PSS, ECDSA DER and IEEE P1363, Ed25519/Ed448), createSign/createVerify,
// and Node's errors. Keys and signatures in keys.json were made by node v20.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const keys = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'keys.json'), 'utf8'));
const data = Buffer.from(keys.data, 'hex');

for (const name of ['rsa', 'ec', 'ec384', 'ed25519', 'ed448', 'x25519']) {
  const k = keys[name];
  const priv = crypto.createPrivateKey(k.pkcs8);
  const pub = crypto.createPublicKey(k.spki);
  assert.strictEqual(priv.type, 'private');
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(priv.asymmetricKeyType, k.type);
  assert.strictEqual(pub.asymmetricKeyType, k.type);
  const details = { ...pub.asymmetricKeyDetails };
  if (details.publicExponent !== undefined) details.publicExponent = String(details.publicExponent);
  assert.deepStrictEqual(details, k.details, name);
  // Export round trips, byte for byte.
  assert.strictEqual(priv.export({ type: 'pkcs8', format: 'pem' }), k.pkcs8, name);
  assert.strictEqual(priv.export({ type: 'pkcs8', format: 'der' }).toString('hex'), k.pkcs8Der);
  assert.strictEqual(pub.export({ type: 'spki', format: 'pem' }), k.spki, name);
  assert.strictEqual(pub.export({ type: 'spki', format: 'der' }).toString('hex'), k.spkiDer);
  // DER import, the public half of a private key, equality.
  const privDer = crypto.createPrivateKey({ key: Buffer.from(k.pkcs8Der, 'hex'), format: 'der',
                                            type: 'pkcs8' });
  assert.ok(privDer.equals(priv));
  const pubDer = crypto.createPublicKey({ key: Buffer.from(k.spkiDer, 'hex'), format: 'der',
                                          type: 'spki' });
  assert.ok(pubDer.equals(pub));
  assert.ok(crypto.createPublicKey(priv).equals(pub));
  assert.ok(crypto.createPublicKey(k.pkcs8).equals(pub));
  assert.ok(!pub.equals(priv));
  // Passphrase-encrypted PKCS#8 made by Node.
  const dec = crypto.createPrivateKey({ key: k.encrypted, passphrase: 'top secret' });
  assert.ok(dec.equals(priv));
  assert.throws(() => crypto.createPrivateKey({ key: k.encrypted, passphrase: 'wrong' }), {
    code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt',
  });
  // Our own encrypted export reads back.
  const enc = priv.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw' });
  assert.match(enc, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(priv));
}

// RSA: PKCS#1 encodings, deterministic PKCS#1 v1.5 signatures, PSS.
{
  const k = keys.rsa;
  const priv = crypto.createPrivateKey(k.pkcs1);
  const pub = crypto.createPublicKey(k.pkcs1Public);
  assert.strictEqual(priv.export({ type: 'pkcs1', format: 'pem' }), k.pkcs1);
  assert.strictEqual(pub.export({ type: 'pkcs1', format: 'pem' }), k.pkcs1Public);
  assert.strictEqual(crypto.sign('sha256', data, priv).toString('hex'), k.sigSha256);
  assert.strictEqual(crypto.sign('sha512', data, k.pkcs8).toString('hex'), k.sigSha512);
  assert.strictEqual(crypto.createSign('RSA-SHA256').update(data).sign(priv, 'hex'), k.sigSha256);
  assert.ok(crypto.verify('sha256', data, pub, Buffer.from(k.sigSha256, 'hex')));
  assert.ok(crypto.verify('sha256', data, k.spki, Buffer.from(k.sigSha256, 'hex')));
  assert.ok(!crypto.verify('sha256', Buffer.from('other'), pub, Buffer.from(k.sigSha256, 'hex')));
  assert.ok(crypto.createVerify('sha256').update(data.subarray(0, 5)).update(data.subarray(5))
    .verify(pub, k.sigSha256, 'hex'));
  const pss = { key: pub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  assert.ok(crypto.verify('sha256', data, pss, Buffer.from(k.sigPss, 'hex')));
  assert.ok(!crypto.verify('sha256', data, { ...pss, saltLength: 31 }, Buffer.from(k.sigPss, 'hex')));
  const mine = crypto.sign('sha256', data, { key: priv, padding: crypto.constants.RSA_PKCS1_PSS_PADDING,
                                             saltLength: 32 });
  assert.ok(crypto.verify('sha256', data, pss, mine));
}

// ECDSA: verify Node's signatures in both encodings; ours verify too.
for (const name of ['ec', 'ec384']) {
  const k = keys[name];
  const pub = crypto.createPublicKey(k.spki);
  const priv = crypto.createPrivateKey(k.sec1);
  assert.strictEqual(priv.export({ type: 'sec1', format: 'pem' }), k.sec1);
  assert.ok(crypto.verify('sha256', data, pub, Buffer.from(k.sigDer, 'hex')));
  assert.ok(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' },
                          Buffer.from(k.sigP1363, 'hex')));
  assert.ok(!crypto.verify('sha256', data, pub, Buffer.from(k.sigP1363, 'hex')));
  const p1363 = crypto.sign('sha256', data, { key: priv, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(p1363.length, name === 'ec' ? 64 : 96);
  assert.ok(crypto.verify('sha256', data, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363));
  assert.ok(crypto.verify('sha256', data, pub, crypto.sign('sha256', data, priv)));
}

// EdDSA signatures are deterministic.
for (const name of ['ed25519', 'ed448']) {
  const k = keys[name];
  assert.strictEqual(crypto.sign(null, data, crypto.createPrivateKey(k.pkcs8)).toString('hex'), k.sig);
  assert.ok(crypto.verify(undefined, data, crypto.createPublicKey(k.spki), Buffer.from(k.sig, 'hex')));
}

// generateKeyPairSync / generateKeyPair.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.ok(crypto.verify('sha1', data, publicKey, crypto.sign('sha1', data, privateKey)));
  const ec = crypto.generateKeyPairSync('ec', {
    namedCurve: 'secp256k1',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  assert.match(ec.publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(ec.privateKey));
  assert.strictEqual(crypto.createPublicKey(ec.publicKey).asymmetricKeyDetails.namedCurve, 'secp256k1');
  for (const type of ['ed25519', 'ed448', 'x25519', 'x448']) {
    assert.strictEqual(crypto.generateKeyPairSync(type).privateKey.asymmetricKeyType, type);
  }
  // Asynchronous generation runs on the pool: the loop keeps turning meanwhile.
  let rsaDone = false;
  let turns = 0;
  const spin = () => { if (!rsaDone) { turns++; setImmediate(spin); } };
  setImmediate(spin);
  crypto.generateKeyPair('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' } },
                         (err, pub, priv) => {
                           assert.ifError(err);
                           assert.match(pub, /^-----BEGIN PUBLIC KEY-----\n/);
                           assert.strictEqual(priv.asymmetricKeyDetails.modulusLength, 2048);
                           rsaDone = true;
                         });
  assert.strictEqual(rsaDone, false);
  process.on('exit', () => {
    assert.ok(rsaDone);
    assert.ok(turns > 0);
  });
  let called = false;
  crypto.generateKeyPair('ec', { namedCurve: 'P-384' }, (err, pub, priv) => {
    assert.ifError(err);
    assert.strictEqual(pub.asymmetricKeyDetails.namedCurve, 'secp384r1');
    assert.strictEqual(priv.type, 'private');
    called = true;
  });
  process.on('exit', () => assert.ok(called));
}

// Errors.
assert.throws(() => crypto.createPrivateKey('garbage'), {
  name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
  message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPublicKey('garbage'), { code: 'ERR_OSSL_UNSUPPORTED' });
assert.throws(() => crypto.createPublicKey(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('foo', {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be a supported key type. Received 'foo'",
});
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'foo' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.throws(() => crypto.sign('sha256', data, publicKey), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    message: 'Invalid key object type public, expected private.',
  });
  assert.throws(() => crypto.sign('foo', data, privateKey), {
    code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
  });
  assert.throws(() => crypto.createSign('foo'), { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
  assert.throws(() => crypto.sign('sha256', data), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
  assert.throws(() => crypto.sign('sha256', data, { key: privateKey, dsaEncoding: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => privateKey.export(), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => privateKey.export({ type: 'pkcs8' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.format' is invalid. Received undefined",
  });
  assert.throws(() => publicKey.export({ type: 'pkcs8', format: 'pem' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received 'pkcs8'",
  });
  const ed = crypto.generateKeyPairSync('ed25519');
  assert.throws(() => crypto.sign('sha256', data, ed.privateKey), {
    code: 'ERR_OSSL_INVALID_DIGEST', message: 'error:1C80007A:Provider routines::invalid digest',
  });
}
