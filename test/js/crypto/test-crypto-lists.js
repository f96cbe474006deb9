'use strict';
// getHashes / getCiphers / getCurves list what OpenSSL offers, exactly as Node lists it, and the
// not-yet-implemented parts of node:crypto say so by name.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'vectors.json'), 'utf8'));

assert.deepStrictEqual(crypto.getHashes(), vectors.hashes);
assert.deepStrictEqual(crypto.getCiphers(), vectors.ciphers);
assert.deepStrictEqual(crypto.getCurves(), vectors.curves);
// Copies: callers may mutate them.
crypto.getHashes().pop();
assert.deepStrictEqual(crypto.getHashes(), vectors.hashes);

for (const name of ['sha256', 'sha512', 'md5', 'sha3-256', 'shake256']) {
  assert.ok(crypto.getHashes().includes(name), name);
}
for (const name of ['aes-256-gcm', 'aes-128-cbc', 'chacha20-poly1305', 'aes-128-ocb']) {
  assert.ok(crypto.getCiphers().includes(name), name);
}

assert.strictEqual(crypto.getFips(), 0);
assert.deepStrictEqual(crypto.secureHeapUsed(), { total: 0, used: 0, utilization: 0, min: 0 });
assert.strictEqual(typeof crypto.constants.OPENSSL_VERSION_NUMBER, 'number');
assert.strictEqual(crypto.constants.RSA_PKCS1_OAEP_PADDING, 4);

// timingSafeEqual.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(2), new DataView(new ArrayBuffer(2))), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  name: 'RangeError', code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual(1, Buffer.alloc(2)), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), 'ab'), { code: 'ERR_INVALID_ARG_TYPE' });

// Secret KeyObjects.
{
  const key = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
  assert.ok(key instanceof crypto.KeyObject);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 16);
  assert.strictEqual(key.asymmetricKeyType, undefined);
  assert.deepStrictEqual(key.export(), Buffer.from('0123456789abcdef'));
  assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'MDEyMzQ1Njc4OWFiY2RlZg' });
  assert.strictEqual(key.equals(crypto.createSecretKey('0123456789abcdef')), true);
  assert.strictEqual(key.equals(crypto.createSecretKey('0123456789abcdeg')), false);
  assert.strictEqual(crypto.createSecretKey('616263', 'hex').export().toString(), 'abc');
  assert.throws(() => crypto.createSecretKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ' +
      'DataView. Received type number (1)',
  });
  // A KeyObject works as a cipher key.
  const c = crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16));
  const ct = Buffer.concat([c.update('x'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.from('0123456789abcdef'), Buffer.alloc(16));
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), 'x');
}

// generateKey(Sync) for secret keys.
{
  assert.strictEqual(crypto.generateKeySync('hmac', { length: 100 }).symmetricKeySize, 12);
  assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, 32);
  assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.length" is out of range. It must be >= 8 && <= 2147483647. ' +
      'Received 7',
  });
  assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.length' must be one of: 128, 192, 256. Received 100",
  });
  assert.throws(() => crypto.generateKeySync('foo', { length: 100 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'type' must be a supported key type. Received 'foo'",
  });
  assert.throws(() => crypto.generateKeySync('aes'), { code: 'ERR_INVALID_ARG_TYPE' });
  let generated = false;
  crypto.generateKey('aes', { length: 128 }, (err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.symmetricKeySize, 16);
    generated = true;
  });
  process.on('exit', () => assert.ok(generated));
}

// KeyObject.from(CryptoKey), and CryptoKeys as HMAC/cipher keys.
{
  assert.throws(() => crypto.KeyObject.from(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of CryptoKey. Received type number (1)',
  });
  let converted = false;
  globalThis.crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt'])
    .then((cryptoKey) => {
      const key = crypto.KeyObject.from(cryptoKey);
      assert.strictEqual(key.type, 'secret');
      assert.strictEqual(key.symmetricKeySize, 16);
      assert.strictEqual(crypto.createHmac('sha256', cryptoKey).digest('hex'),
                         crypto.createHmac('sha256', Buffer.alloc(16)).digest('hex'));
      converted = true;
    });
  process.on('exit', () => assert.ok(converted));
}
