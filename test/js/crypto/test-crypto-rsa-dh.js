'use strict';
// publicEncrypt/privateDecrypt (OAEP with oaepHash/oaepLabel, PKCS#1 v1.5), privateEncrypt/
// publicDecrypt, and diffieHellman() for X25519 and ECDH, against data made by node v20.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const keys = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'keys.json'), 'utf8'));
const data = Buffer.from(keys.data, 'hex');
const priv = crypto.createPrivateKey(keys.rsa.pkcs8);
const pub = crypto.createPublicKey(keys.rsa.spki);
const { RSA_PKCS1_PADDING, RSA_NO_PADDING } = crypto.constants;

assert.deepStrictEqual(crypto.privateDecrypt(priv, Buffer.from(keys.rsa.oaep, 'hex')), data);
assert.deepStrictEqual(crypto.privateDecrypt(keys.rsa.pkcs8, Buffer.from(keys.rsa.oaep, 'hex')), data);
assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, oaepHash: 'sha256', oaepLabel: Buffer.from('label') },
                                             Buffer.from(keys.rsa.oaep256, 'hex')), data);
assert.throws(() => crypto.privateDecrypt({ key: priv, oaepHash: 'sha256' },
                                          Buffer.from(keys.rsa.oaep256, 'hex')), {
  code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
  message: 'error:02000079:rsa routines::oaep decoding error',
});
assert.strictEqual(crypto.privateEncrypt(priv, data).toString('hex'), keys.rsa.privateEncrypted);
assert.deepStrictEqual(crypto.publicDecrypt(pub, Buffer.from(keys.rsa.privateEncrypted, 'hex')), data);
assert.deepStrictEqual(crypto.publicDecrypt(priv, Buffer.from(keys.rsa.privateEncrypted, 'hex')), data);
// Round trips of our own.
for (const oaepHash of [undefined, 'sha1', 'sha256', 'sha512']) {
  const ct = crypto.publicEncrypt({ key: pub, oaepHash }, data);
  assert.strictEqual(ct.length, 256);
  assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, oaepHash }, ct), data);
}
{
  const block = Buffer.alloc(256, 1);
  const raw = crypto.publicEncrypt({ key: pub, padding: RSA_NO_PADDING }, block);
  assert.deepStrictEqual(crypto.privateDecrypt({ key: priv, padding: RSA_NO_PADDING }, raw), block);
}
assert.throws(() => crypto.privateDecrypt({ key: priv, padding: RSA_PKCS1_PADDING },
                                          Buffer.from(keys.rsa.pkcs1Encrypted, 'hex')), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
    'reverted with --security-revert=CVE-2023-46809',
});
assert.throws(() => crypto.publicEncrypt(pub, Buffer.alloc(300)), {
  code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE',
  message: 'error:0200006E:rsa routines::data too large for key size',
});
assert.throws(() => crypto.publicEncrypt({ key: pub, oaepHash: 'foo' }, data), {
  code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
});
assert.throws(() => crypto.privateDecrypt(priv, Buffer.alloc(256)), {
  code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
});
assert.throws(() => crypto.privateEncrypt(pub, data), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
});

// diffieHellman: both sides agree, and match Node's secret.
for (const name of ['x25519', 'ec']) {
  const k = keys[name];
  const a = crypto.createPrivateKey(k.pkcs8);
  const b = crypto.createPrivateKey(k.peerPkcs8);
  const s1 = crypto.diffieHellman({ privateKey: a, publicKey: crypto.createPublicKey(k.peerSpki) });
  const s2 = crypto.diffieHellman({ privateKey: b, publicKey: crypto.createPublicKey(k.spki) });
  assert.strictEqual(s1.toString('hex'), k.secret);
  assert.deepStrictEqual(s1, s2);
}
assert.throws(() => crypto.diffieHellman({ privateKey: crypto.createPrivateKey(keys.x25519.pkcs8),
                                           publicKey: pub }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY',
  message: 'Incompatible key types for Diffie-Hellman: x25519 and rsa',
});
assert.throws(() => crypto.diffieHellman({ privateKey: priv }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.publicKey' is invalid. Received undefined",
});
assert.throws(() => crypto.diffieHellman(1), { code: 'ERR_INVALID_ARG_TYPE' });
