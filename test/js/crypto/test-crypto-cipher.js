'use strict';
// createCipheriv/createDecipheriv: recorded ciphertexts and tags for CBC/ECB/CTR/CFB/OFB/XTS,
// GCM/CCM/OCB/chacha20-poly1305 (with AAD), key wrap; round trips; streams; Node's errors.
const assert = require('assert');
const crypto = require('crypto');
const path = require('path');
const fs = require('fs');

const vectors = JSON.parse(fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'crypto', 'vectors.json'), 'utf8'));
const aad = Buffer.from('additional authenticated data');

for (const v of vectors.cipher) {
  const key = Buffer.from(v.key, 'hex');
  const iv = v.iv === null ? null : Buffer.from(v.iv, 'hex');
  const options = v.tagLen ? { authTagLength: v.tagLen } : undefined;
  const plain = Buffer.from(v.plain, 'hex');
  const label = `${v.name}${v.noPadding ? ' (no padding)' : ''}`;

  const c = crypto.createCipheriv(v.name, key, iv, options);
  if (v.noPadding) c.setAutoPadding(false);
  if (v.tagLen) c.setAAD(aad, { plaintextLength: plain.length });
  const ct = Buffer.concat([c.update(plain), c.final()]);
  assert.strictEqual(ct.toString('hex'), v.ct, label);
  if (v.tagLen) assert.strictEqual(c.getAuthTag().toString('hex'), v.tag, label);

  const d = crypto.createDecipheriv(v.name, key, iv, options);
  if (v.noPadding) d.setAutoPadding(false);
  if (v.tagLen) {
    d.setAuthTag(Buffer.from(v.tag, 'hex'));
    d.setAAD(aad, { plaintextLength: plain.length });
  }
  const pt = Buffer.concat([d.update(ct), d.final()]);
  assert.strictEqual(pt.toString('hex'), v.plain, label);

  if (v.tagLen) {
    // A flipped tag bit fails authentication.
    const bad = Buffer.from(v.tag, 'hex');
    bad[0] ^= 1;
    const d2 = crypto.createDecipheriv(v.name, key, iv, options);
    d2.setAuthTag(bad);
    d2.setAAD(aad, { plaintextLength: plain.length });
    d2.update(ct);
    assert.throws(() => d2.final(), {
      message: 'Unsupported state or unable to authenticate data',
    }, label);
  }
}

// NIST SP 800-38A F.2.1 (CBC-AES128.Encrypt), first block; and GCM test case 2 (zero key/iv).
{
  const key = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
  const iv = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
  const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
  assert.strictEqual(c.update('6bc1bee22e409f96e93d7e117393172a', 'hex', 'hex') + c.final('hex'),
                     '7649abac8119b246cee98e9b12e9197d');
  const g = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
  assert.strictEqual(g.update(Buffer.alloc(16)).toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
  g.final();
  assert.strictEqual(g.getAuthTag().toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');
}

// Encodings on update/final and streaming use.
{
  const key = Buffer.alloc(32, 1);
  const iv = Buffer.alloc(16, 2);
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  const hex = c.update('hello world, this is tide', 'utf8', 'hex') + c.final('hex');
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  assert.strictEqual(d.update(hex, 'hex', 'utf8') + d.final('utf8'), 'hello world, this is tide');
  const b64 = crypto.createCipheriv('aes-256-cbc', key, iv);
  assert.strictEqual(b64.update('hello world, this is tide', 'utf8', 'base64') + b64.final('base64'),
                     Buffer.from(hex, 'hex').toString('base64'));

  const enc = crypto.createCipheriv('aes-256-ctr', key, iv);
  const chunks = [];
  enc.on('data', (chunk) => chunks.push(chunk));
  enc.on('end', () => {
    const out = Buffer.concat(chunks);
    const dec = crypto.createDecipheriv('aes-256-ctr', key, iv);
    assert.strictEqual(Buffer.concat([dec.update(out), dec.final()]).toString(), 'streamed data');
    streamed = true;
  });
  let streamed = false;
  enc.write('streamed ');
  enc.end('data');
  process.on('exit', () => assert.ok(streamed));
}

// Errors.
const k16 = Buffer.alloc(16);
assert.throws(() => crypto.createCipheriv('nope', k16, k16), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(1)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, null), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-ecb', k16, k16), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)), {
  code: 'ERR_CRYPTO_INVALID_IV',
});
assert.throws(() => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(32), Buffer.alloc(13)), {
  code: 'ERR_CRYPTO_INVALID_IV',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(1), k16), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(12)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
  message: 'authTagLength required for aes-128-ccm',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authTagLength: 7 }), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 7',
});
assert.throws(() => crypto.createCipheriv('aes-128-ccm', k16, Buffer.alloc(12), { authTagLength: 5 }), {
  code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5',
});
assert.throws(() => crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12), { authTagLength: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 1, k16), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv(1, k16, k16), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', k16, k16).update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
});
{
  const c = crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  assert.throws(() => c.getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
  });
  assert.strictEqual(c.setAuthTag, undefined);
  c.final();
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => c.update('a'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.setAutoPadding(true), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => c.setAAD(Buffer.alloc(1)), { code: 'ERR_CRYPTO_INVALID_STATE' });
}
{
  const d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  assert.throws(() => d.setAuthTag(Buffer.alloc(3)), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
  });
  d.setAuthTag(Buffer.alloc(16));
  assert.throws(() => d.setAuthTag(Buffer.alloc(16)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
  });
  assert.strictEqual(d.getAuthTag, undefined);
  d.update(Buffer.alloc(16));
  assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
}
{
  // GCM decryption without a tag fails at final().
  const d = crypto.createDecipheriv('aes-128-gcm', k16, Buffer.alloc(12));
  d.update(Buffer.alloc(4));
  assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
}
{
  const d = crypto.createDecipheriv('aes-128-ccm', k16, Buffer.alloc(12), { authTagLength: 16 });
  assert.throws(() => d.setAAD(Buffer.alloc(3)), {
    code: 'ERR_MISSING_ARGS', message: 'options.plaintextLength required for CCM mode with AAD',
  });
}
{
  // Wrong key: OpenSSL's bad decrypt, with Node's code, library and reason.
  const c = crypto.createCipheriv('aes-128-cbc', k16, k16);
  const ct = Buffer.concat([c.update('some plaintext'), c.final()]);
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 1), k16);
  d.update(ct);
  assert.throws(() => d.final(), {
    name: 'Error',
    code: 'ERR_OSSL_BAD_DECRYPT',
    library: 'Provider routines',
    reason: 'bad decrypt',
    message: 'error:1C800064:Provider routines::bad decrypt',
  });
  // Truncated input without padding.
  const n = crypto.createCipheriv('aes-128-cbc', k16, k16).setAutoPadding(false);
  n.update('a');
  assert.throws(() => n.final(), {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
  });
}

// getCipherInfo.
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm'), {
  mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 12, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-cbc'), {
  mode: 'cbc', name: 'aes-256-cbc', nid: 427, blockSize: 16, ivLength: 16, keyLength: 32,
});
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
  mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32,
});
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'), {
  mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16, keyLength: 16,
});
assert.deepStrictEqual(crypto.getCipherInfo(419).name, 'aes-128-cbc');
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 7 }).ivLength, 7);
assert.strictEqual(crypto.getCipherInfo('aes-128-ccm', { ivLength: 3 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 3 }), undefined);
assert.throws(() => crypto.getCipherInfo(null), { code: 'ERR_INVALID_ARG_TYPE' });
