'use strict';
// Finite-field Diffie-Hellman: createDiffieHellman (prime or prime length, generator forms and
// encodings), getDiffieHellman / createDiffieHellmanGroup (RFC 2409/3526 MODP groups),
// verifyError, computeSecret checks, generateKeyPair('dh') and diffieHellman() over dh keys.
const assert = require('assert');
const crypto = require('crypto');

// RFC 3526 section 3: the 2048-bit MODP group (modp14).
const modp14 =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AACAA68FFFFFFFFFFFFFFFF';
// RFC 2409 section 6.1: the 768-bit group (modp1).
const modp1 =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A63A3620FFFFFFFFFFFFFFFF';

{
  const g = crypto.getDiffieHellman('modp14');
  assert.strictEqual(g.getPrime('hex').toUpperCase(), modp14);
  assert.strictEqual(g.getGenerator('hex'), '02');
  assert.strictEqual(g.verifyError, 0);
  assert.deepStrictEqual(Object.keys(g), ['verifyError']);
  assert.strictEqual(crypto.getDiffieHellman('modp1').getPrime('hex').toUpperCase(), modp1);
  for (const [name, bits] of [['modp2', 1024], ['modp5', 1536], ['modp15', 3072],
    ['modp16', 4096], ['modp17', 6144], ['modp18', 8192]]) {
    assert.strictEqual(crypto.createDiffieHellmanGroup(name).getPrime().length * 8, bits);
  }
  assert.ok(crypto.getDiffieHellman('modp5') instanceof crypto.DiffieHellmanGroup);
  assert.strictEqual(typeof crypto.DiffieHellmanGroup.prototype.setPublicKey, 'undefined');
  assert.throws(() => crypto.getDiffieHellman('modp3'), {
    name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
  });
}

// Two parties agree on a secret; it is padded to the prime's size.
{
  const a = crypto.getDiffieHellman('modp1');
  const b = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
  assert.throws(() => b.getPublicKey(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'No public key - did you forget to generate one?',
  });
  assert.throws(() => b.getPrivateKey(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'No private key - did you forget to generate one?',
  });
  const pa = a.generateKeys();
  const pb = b.generateKeys('hex');
  assert.strictEqual(pb, b.getPublicKey('hex'));
  const s1 = a.computeSecret(pb, 'hex');
  const s2 = b.computeSecret(pa, undefined, 'base64');
  assert.strictEqual(s1.toString('base64'), s2);
  assert.strictEqual(s1.length, 96);
  assert.throws(() => a.computeSecret(Buffer.from([1])), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small',
  });
  assert.throws(() => a.computeSecret(a.getPrime()), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too large',
  });
  // setPrivateKey / setPublicKey, then the same secret.
  const c = crypto.createDiffieHellman(a.getPrime('base64'), 'base64', a.getGenerator());
  c.setPrivateKey(b.getPrivateKey()).setPublicKey(b.getPublicKey('hex'), 'hex');
  assert.deepStrictEqual(c.computeSecret(pa), s1);
  // g^x mod p by hand for a small x.
  const d = crypto.createDiffieHellman(a.getPrime(), 2);
  d.setPrivateKey(Buffer.from([5]));
  const p = BigInt(`0x${a.getPrime('hex')}`);
  const other = BigInt(`0x${pa.toString('hex')}`);
  let expected = 1n;
  for (let i = 0; i < 5; i++) expected = (expected * other) % p;
  assert.strictEqual(d.computeSecret(pa).toString('hex'), expected.toString(16).padStart(192, '0'));
}

// verifyError of hand-made groups (DH_CHECK_* flags) and argument errors.
{
  const { DH_CHECK_P_NOT_SAFE_PRIME, DH_NOT_SUITABLE_GENERATOR, DH_CHECK_P_NOT_PRIME,
          DH_UNABLE_TO_CHECK_GENERATOR } = crypto.constants;
  assert.deepStrictEqual([DH_CHECK_P_NOT_PRIME, DH_CHECK_P_NOT_SAFE_PRIME,
    DH_UNABLE_TO_CHECK_GENERATOR, DH_NOT_SUITABLE_GENERATOR], [1, 2, 4, 8]);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('17', 'hex')).verifyError, 128);
  assert.strictEqual(crypto.createDiffieHellman(Buffer.from('ff', 'hex')).verifyError, 129);
  assert.strictEqual(crypto.createDiffieHellman('17', 'hex').verifyError, 128);
  assert.throws(() => crypto.createDiffieHellman(1), {
    code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL', reason: 'modulus too small',
  });
  assert.throws(() => crypto.createDiffieHellman(512, 1), {
    code: 'ERR_OSSL_DH_BAD_GENERATOR',
    message: 'error:02800065:Diffie-Hellman routines::bad generator',
  });
  assert.throws(() => crypto.createDiffieHellman(Buffer.from('ff', 'hex'), Buffer.from([1])), {
    code: 'ERR_OSSL_DH_BAD_GENERATOR',
  });
  assert.throws(() => crypto.createDiffieHellman({}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "sizeOrKey" argument must be one of type number or string or an instance of ' +
      'ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of Object',
  });
  assert.throws(() => crypto.createDiffieHellman(1.5), {
    name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "sizeOrKey" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => crypto.createDiffieHellman(Buffer.from('17', 'hex'), {}), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
}

// generateKeyPair('dh') and diffieHellman() over dh KeyObjects.
{
  const a = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  assert.strictEqual(a.publicKey.asymmetricKeyType, 'dh');
  assert.deepStrictEqual(a.publicKey.asymmetricKeyDetails, {});
  const prime = crypto.getDiffieHellman('modp5').getPrime();
  const b = crypto.generateKeyPairSync('dh', { prime, generator: 2 });
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }),
                         crypto.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }));
  const pem = a.privateKey.export({ type: 'pkcs8', format: 'pem' });
  assert.ok(crypto.createPrivateKey(pem).equals(a.privateKey));
  assert.throws(() => crypto.generateKeyPairSync('dh', {}), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: 'At least one of the group, prime, or primeLength options is required',
  });
  assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'modp5', prime }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    message: 'Option "group" cannot be used in combination with option "prime"',
  });
  assert.throws(() => crypto.generateKeyPairSync('dh', { group: 'modp0' }), {
    code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP',
  });
  crypto.generateKeyPair('dh', { group: 'modp1' }, (err, publicKey, privateKey) => {
    assert.ifError(err);
    assert.strictEqual(privateKey.asymmetricKeyType, 'dh');
    assert.strictEqual(publicKey.type, 'public');
  });
}

// Edge cases worded as Node's.
assert.throws(() => crypto.createDiffieHellman(Buffer.alloc(0)), {
  code: 'ERR_OSSL_BN_BITS_TOO_SMALL', message: 'error:01800076:bignum routines::bits too small',
});
assert.throws(() => crypto.createDiffieHellman(Buffer.from([7]), 2).generateKeys(), {
  code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL',
});
assert.strictEqual(crypto.Certificate.verifySpkac(Buffer.alloc(0)), '');
