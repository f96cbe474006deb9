'use strict';
// pbkdf2 / scrypt / hkdf (+Sync): RFC 6070, RFC 7914 and RFC 5869 vectors, values recorded from
// Node, the asynchronous forms, and Node's argument errors.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'vectors.json'), 'utf8'));

// RFC 6070.
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
                   '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'),
                   'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
assert.strictEqual(crypto.pbkdf2Sync('pass\0word', 'sa\0lt', 4096, 16, 'sha1').toString('hex'),
                   '56fa6aa75548099dcc37d7f03425e0c3');
// RFC 7914 section 12, second vector.
assert.strictEqual(crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'),
                   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
                   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640');
// RFC 5869 test case 1.
assert.strictEqual(Buffer.from(crypto.hkdfSync(
  'sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'),
  Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  42)).toString('hex'),
'3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');

for (const v of vectors.pbkdf2) {
  assert.strictEqual(crypto.pbkdf2Sync(v.p, v.s, v.i, v.l, v.d).toString('hex'), v.hex);
}
for (const v of vectors.scrypt) {
  assert.strictEqual(crypto.scryptSync(v.p, v.s, v.l, v.o ?? undefined).toString('hex'), v.hex);
}
for (const v of vectors.hkdf) {
  const out = crypto.hkdfSync(v.d, v.k, v.s, v.i, v.l);
  assert.ok(out instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(out).toString('hex'), v.hex);
}

// Asynchronous forms give the same bytes.
let pending = 0;
function expectAsync(fn, check) {
  pending++;
  fn((err, result) => {
    assert.ifError(err);
    check(result);
    pending--;
  });
}
{
  const v = vectors.pbkdf2[1];
  expectAsync((cb) => crypto.pbkdf2(v.p, v.s, v.i, v.l, v.d, cb), (key) => {
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), v.hex);
  });
  const s = vectors.scrypt[1];
  expectAsync((cb) => crypto.scrypt(s.p, s.s, s.l, s.o, cb),
              (key) => assert.strictEqual(key.toString('hex'), s.hex));
  const d = vectors.scrypt[2];
  expectAsync((cb) => crypto.scrypt(d.p, d.s, d.l, cb),
              (key) => assert.strictEqual(key.toString('hex'), d.hex));
  const h = vectors.hkdf[0];
  expectAsync((cb) => crypto.hkdf(h.d, h.k, h.s, h.i, h.l, cb),
              (key) => assert.strictEqual(Buffer.from(key).toString('hex'), h.hex));
  expectAsync((cb) => crypto.hkdf('sha256', crypto.createSecretKey(Buffer.from('key')), 'salt',
                                  'info', 42, cb),
              (key) => assert.strictEqual(Buffer.from(key).toString('hex'), h.hex));
}
process.on('exit', () => assert.strictEqual(pending, 0));

// Errors.
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 1, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 1, 'foo'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 1, 'foo', () => {}), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined',
});
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.scryptSync('a', 'b', 1, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
});
assert.throws(() => crypto.scryptSync('a', 'b', 1, { N: 16, r: 1, p: 1, maxmem: 1 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
});
assert.throws(() => crypto.scryptSync('a', 'b', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scryptSync('a', 'b', 1, { N: 16, cost: 16 }), {
  code: /ERR_INCOMPATIBLE_OPTION_PAIR|ERR_CRYPTO_SCRYPT_INVALID_PARAMETER/,  // the latter in node 20
});
assert.throws(() => crypto.hkdfSync('foo', 'a', '', '', 10), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => crypto.hkdfSync('sha256', 'a', '', '', 255 * 32 + 1), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.hkdfSync('sha256', 'a', '', Buffer.alloc(1025), 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than 1024 ' +
    'bytes. Received 1025',
});
assert.throws(() => crypto.hkdfSync('sha256', 1, '', '', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdf('sha256', 'a', '', '', 10), { code: 'ERR_INVALID_ARG_TYPE' });
