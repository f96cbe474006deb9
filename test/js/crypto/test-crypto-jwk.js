'use strict';
// Asymmetric KeyObjects as JWK (RFC 7517/7518/8037): export and import for RSA, EC and OKP keys,
// checked against RFC vectors (RFC 8032 Ed25519, RFC 7748 X25519, RFC 6979 ECDSA P-256, RFC 5903
// ECDH P-256); rsa-pss key parameters, dsa keys and Node's errors.
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');
const b64u = (s) => hex(s).toString('base64url');

// RFC 8032 section 7.1, TEST 1.
{
  const d = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60';
  const x = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
  const sig = 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac' +
    'c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
  const priv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: b64u(d), x: b64u(x) },
                                         format: 'jwk' });
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
  assert.strictEqual(crypto.sign(null, Buffer.alloc(0), priv).toString('hex'), sig);
  assert.deepStrictEqual(priv.export({ format: 'jwk' }),
                         { crv: 'Ed25519', d: b64u(d), x: b64u(x), kty: 'OKP' });
  const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64u(x) },
                                       format: 'jwk' });
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), { crv: 'Ed25519', x: b64u(x), kty: 'OKP' });
  assert.ok(crypto.verify(null, Buffer.alloc(0), pub, hex(sig)));
  assert.ok(crypto.createPublicKey(priv).equals(pub));
  // createPublicKey of a private JWK gives its public half.
  assert.ok(crypto.createPublicKey({ key: priv.export({ format: 'jwk' }), format: 'jwk' })
    .equals(pub));
}

// RFC 7748 section 6.1.
{
  const alice = crypto.createPrivateKey({ key: {
    kty: 'OKP', crv: 'X25519', d: b64u('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
    x: b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'),
  }, format: 'jwk' });
  const bob = crypto.createPublicKey({ key: {
    kty: 'OKP', crv: 'X25519', x: b64u('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
  }, format: 'jwk' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: alice, publicKey: bob }).toString('hex'),
                     '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
  assert.strictEqual(crypto.createPublicKey(alice).export({ format: 'jwk' }).x,
                     b64u('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'));
}

// RFC 6979 A.2.5 (P-256, SHA-256, "sample") and RFC 5903 section 8.1 (ECDH P-256).
{
  const jwk = {
    kty: 'EC', crv: 'P-256',
    d: b64u('C9AFA9D845BA75166B5C215767B1D6934E50C3DB36E89B127B8A622B120F6721'),
    x: b64u('60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6'),
    y: b64u('7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299'),
  };
  const priv = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.deepStrictEqual(Object.keys(priv.export({ format: 'jwk' })), ['kty', 'x', 'y', 'crv', 'd']);
  assert.deepStrictEqual(priv.export({ format: 'jwk' }), { kty: 'EC', x: jwk.x, y: jwk.y,
                                                          crv: 'P-256', d: jwk.d });
  const sig = hex('EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716' +
                  'F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8');
  const pub = crypto.createPublicKey({ key: jwk, format: 'jwk' });
  assert.strictEqual(pub.type, 'public');
  assert.ok(crypto.verify('sha256', Buffer.from('sample'), { key: pub, dsaEncoding: 'ieee-p1363' },
                          sig));
  // A fresh signature round-trips.
  assert.ok(crypto.verify('sha256', Buffer.from('x'), pub, crypto.sign('sha256', Buffer.from('x'), priv)));

  const i = crypto.createPrivateKey({ key: {
    kty: 'EC', crv: 'P-256', d: b64u('C88F01F510D9AC3F70A292DAA2316DE544E9AAB8AFE84049C62A9C57862D1433'),
    x: b64u('DAD0B65394221CF9B051E1FECA5787D098DFE637FC90B9EF945D0C3772581180'),
    y: b64u('5271A0461CDB8252D61F1C456FA3E59AB1F45B33ACCF5F58389E0577B8990BB3'),
  }, format: 'jwk' });
  const r = crypto.createPublicKey({ key: {
    kty: 'EC', crv: 'P-256', x: b64u('D12DFB5289C8D4F81208B70270398C342296970A0BCCB74C736FC7554494BF63'),
    y: b64u('56FBF3CA366CC23E8157854C13C58D6AAC23F046ADA30F8353E74F33039872AB'),
  }, format: 'jwk' });
  assert.strictEqual(crypto.diffieHellman({ privateKey: i, publicKey: r }).toString('hex'),
                     'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de');
  // A point that is not on the curve.
  assert.throws(() => crypto.createPublicKey({ key: { ...r.export({ format: 'jwk' }), y: jwk.y },
                                               format: 'jwk' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
  });
  assert.throws(() => crypto.createPrivateKey({ key: { ...jwk, y: jwk.x }, format: 'jwk' }), {
    code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
  });
}

// EC curves: P-384, P-521 (66-byte coordinates), secp256k1; unsupported ones.
for (const [curve, crv, size] of [['P-384', 'P-384', 48], ['P-521', 'P-521', 66],
  ['secp256k1', 'secp256k1', 32]]) {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  const jwk = privateKey.export({ format: 'jwk' });
  assert.strictEqual(jwk.crv, crv);
  assert.strictEqual(Buffer.from(jwk.x, 'base64url').length, size);
  assert.strictEqual(Buffer.from(jwk.d, 'base64url').length, size);
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey));
  assert.ok(crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' })
    .equals(publicKey));
}
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'secp224r1' })
  .publicKey.export({ format: 'jwk' }), {
  name: 'Error', code: 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE',
  message: 'Unsupported JWK EC curve: secp224r1.',
});

// RSA: every member, in Node's order; round trips; a deterministic PKCS#1 v1.5 signature.
{
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const jwk = privateKey.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
  assert.strictEqual(jwk.e, 'AQAB');
  assert.deepStrictEqual(publicKey.export({ format: 'jwk' }), { kty: 'RSA', n: jwk.n, e: 'AQAB' });
  const back = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
  assert.ok(back.equals(privateKey));
  assert.deepStrictEqual(crypto.sign('sha256', Buffer.from('abc'), back),
                         crypto.sign('sha256', Buffer.from('abc'), privateKey));
  assert.deepStrictEqual(back.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.throws(() => crypto.createPrivateKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e },
                                                format: 'jwk' }), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "key.d" property must be of type string. ' +
      'Received undefined',
  });
}

// Input errors.
assert.throws(() => crypto.createPublicKey({ key: { kty: 'oct', k: 'AA' }, format: 'jwk' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'key.kty' must be one of: 'RSA', 'EC', 'OKP'. Received 'oct'",
});
assert.throws(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-25', x: 'AA', y: 'AA' },
                                             format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'key.crv' must be one of: 'P-256', 'secp256k1', 'P-384', 'P-521'. " +
    "Received 'P-25'",
});
assert.throws(() => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' },
                                             format: 'jwk' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK data',
});
assert.throws(() => crypto.createPublicKey({ key: 'x', format: 'jwk' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key.key" property must be of type object. Received type string (\'x\')',
});

// rsa-pss keys with parameters; dsa keys.
{
  const pss = crypto.generateKeyPairSync('rsa-pss', {
    modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16 });
  assert.deepStrictEqual(pss.publicKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256',
    mgf1HashAlgorithm: 'sha1', saltLength: 16,
  });
  const pss2 = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha384' });
  assert.deepStrictEqual(pss2.privateKey.asymmetricKeyDetails, {
    modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha384',
    mgf1HashAlgorithm: 'sha384', saltLength: 48,
  });
  const reparsed = crypto.createPublicKey(pss.publicKey.export({ type: 'spki', format: 'pem' }));
  assert.strictEqual(reparsed.asymmetricKeyDetails.saltLength, 16);
  const plain = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
  assert.deepStrictEqual(plain.publicKey.asymmetricKeyDetails,
                         { modulusLength: 1024, publicExponent: 65537n });
  assert.throws(() => pss.publicKey.export({ format: 'jwk' }), {
    code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.',
  });
  assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512,
                                                            hashAlgorithm: 'foo' }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
  });
  assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512,
                                                            mgf1HashAlgorithm: 'foo' }), {
    code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid MGF1 digest: foo',
  });
  assert.throws(() => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
  });

  const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
  assert.strictEqual(dsa.publicKey.asymmetricKeyType, 'dsa');
  assert.deepStrictEqual(dsa.publicKey.asymmetricKeyDetails,
                         { modulusLength: 1024, divisorLength: 160 });
  const sig = crypto.sign('sha256', Buffer.from('m'), { key: dsa.privateKey,
                                                       dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(sig.length, 40);
  assert.ok(crypto.verify('sha256', Buffer.from('m'), { key: dsa.publicKey,
                                                       dsaEncoding: 'ieee-p1363' }, sig));
  assert.throws(() => crypto.generateKeyPairSync('dsa', {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.modulusLength" property must be of type number. Received undefined',
  });
  let done = 0;
  crypto.generateKeyPair('dsa', { modulusLength: 1024 }, (err, publicKey) => {
    assert.ifError(err);
    assert.strictEqual(publicKey.asymmetricKeyDetails.divisorLength, 224);  // OpenSSL 3 default
    done++;
  });
  crypto.generateKeyPair('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha512' },
                         (err, publicKey) => {
                           assert.ifError(err);
                           assert.strictEqual(publicKey.asymmetricKeyDetails.saltLength, 64);
                           done++;
                         });
  process.on('exit', () => assert.strictEqual(done, 2));
}

// sign/verify with a callback run on libuv's pool: the callback comes later, with the same bytes
// (Ed25519 is deterministic), and OpenSSL's errors arrive through it.
{
  const priv = crypto.createPrivateKey({ key: {
    kty: 'OKP', crv: 'Ed25519', d: b64u('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
    x: b64u('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a') }, format: 'jwk' });
  let sync = true;
  let calls = 0;
  crypto.sign(null, Buffer.alloc(0), priv, (err, sig) => {
    assert.ifError(err);
    assert.strictEqual(sync, false);
    assert.deepStrictEqual(sig, crypto.sign(null, Buffer.alloc(0), priv));
    crypto.verify(null, Buffer.alloc(0), crypto.createPublicKey(priv), sig, (err2, ok) => {
      assert.ifError(err2);
      assert.strictEqual(ok, true);
      calls++;
    });
    crypto.verify(null, Buffer.alloc(1), priv, sig, (err2, ok) => {
      assert.ifError(err2);
      assert.strictEqual(ok, false);
      calls++;
    });
  });
  const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  crypto.sign('sha256', Buffer.from('m'), { key: privateKey, dsaEncoding: 'ieee-p1363' },
              (err, sig) => {
                assert.ifError(err);
                assert.strictEqual(sig.length, 64);
                calls++;
              });
  assert.throws(() => crypto.sign('nope', Buffer.from('m'), privateKey, () => {}), {
    code: 'ERR_CRYPTO_INVALID_DIGEST',
  });
  sync = false;
  process.on('exit', () => assert.strictEqual(calls, 3));
}

// generateKeyPair('ec', { paramEncoding: 'explicit' }): the curve's parameters are written out
// (a 335-byte P-256 SPKI instead of 91) and still recognised.
{
  const k = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit' });
  const der = k.publicKey.export({ type: 'spki', format: 'der' });
  assert.strictEqual(der.length, 335);
  const back = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
  assert.deepStrictEqual(back.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.ok(crypto.verify('sha256', Buffer.from('x'), back,
                          crypto.sign('sha256', Buffer.from('x'), k.privateKey)));
  const named = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'named' });
  assert.strictEqual(named.publicKey.export({ type: 'spki', format: 'der' }).length, 91);
  assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.paramEncoding' is invalid. Received 'x'",
  });
}

// util.inspect shows a KeyObject as Node does (its state is not enumerable).
{
  const { inspect } = require('util');
  assert.strictEqual(inspect(crypto.createSecretKey(Buffer.alloc(3))),
                     "SecretKeyObject [KeyObject] { [Symbol(kKeyType)]: 'secret' }");
  const { publicKey } = crypto.generateKeyPairSync('ed25519');
  assert.strictEqual(inspect(publicKey), "PublicKeyObject [KeyObject] { [Symbol(kKeyType)]: 'public' }");
  assert.deepStrictEqual(Object.keys(publicKey), []);
  assert.strictEqual(Object.prototype.toString.call(publicKey), '[object KeyObject]');
}
