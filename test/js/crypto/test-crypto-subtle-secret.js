'use strict';
// crypto.subtle with secret keys: importKey/exportKey (raw, jwk), generateKey, HMAC sign/verify,
// AES-GCM/CBC/CTR/KW encrypt/decrypt, PBKDF2/HKDF deriveBits/deriveKey, wrapKey/unwrapKey.
// Expected bytes were computed with node v20; DOMException names as Node's.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { subtle } = globalThis.crypto;

const hex = (ab) => Buffer.from(ab).toString('hex');
const zeros = (n) => new Uint8Array(n);

(async () => {
  const aes = await subtle.importKey('raw', zeros(16), 'AES-GCM', true, ['encrypt', 'decrypt']);
  assert.strictEqual(Object.prototype.toString.call(aes), '[object CryptoKey]');
  assert.strictEqual(aes.type, 'secret');
  assert.strictEqual(aes.extractable, true);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 128 });
  assert.deepStrictEqual(aes.usages, ['encrypt', 'decrypt']);

  // AES-GCM: NIST test case 2 style (zero key/iv), with the tag appended.
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv: zeros(12) }, aes, zeros(16));
  assert.strictEqual(hex(ct), '0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf');
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-GCM', iv: zeros(12) }, aes, ct)),
                     '00'.repeat(16));
  const short = await subtle.encrypt({ name: 'AES-GCM', iv: zeros(12), tagLength: 96,
                                      additionalData: zeros(5) }, aes, new Uint8Array([1, 2, 3]));
  assert.strictEqual(short.byteLength, 15);
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-GCM', iv: zeros(12), tagLength: 96,
                                                additionalData: zeros(5) }, aes, short)), '010203');
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv: zeros(12) }, aes, zeros(30)), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  assert.deepStrictEqual(await subtle.exportKey('jwk', aes), {
    key_ops: ['encrypt', 'decrypt'], ext: true, kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A128GCM',
  });
  assert.strictEqual(hex(await subtle.exportKey('raw', aes)), '00'.repeat(16));

  // AES-CBC and AES-CTR (NIST SP 800-38A F.2.1 / F.5.1 first blocks).
  const nistKey = Buffer.from('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
  const block = Buffer.from('6bc1bee22e409f96e93d7e117393172a', 'hex');
  const cbc = await subtle.importKey('raw', nistKey, { name: 'AES-CBC' }, false, ['encrypt', 'decrypt']);
  const cbcOut = await subtle.encrypt({ name: 'AES-CBC', iv: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex') },
                                      cbc, block);
  assert.strictEqual(hex(cbcOut).slice(0, 32), '7649abac8119b246cee98e9b12e9197d');
  assert.strictEqual(cbcOut.byteLength, 32);  // PKCS#7 padding
  const ctr = await subtle.importKey('jwk', { kty: 'oct', k: nistKey.toString('base64url') }, 'AES-CTR',
                                     true, ['encrypt']);
  const counter = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
  assert.strictEqual(hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, block)),
                     '874d6191b620e3261bef6864990db6ce');
  // Short counters wrap without carrying into the nonce (digests recorded from node v20).
  {
    const k = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-CTR', true, ['encrypt']);
    const data = Buffer.alloc(100, 9);
    const sha1 = (ab) => nodeCrypto.createHash('sha1').update(Buffer.from(ab)).digest('hex');
    for (const [length, start, digest] of [
      [3, 'ff'.repeat(16), 'f5841b5636ac77febf7854f3ea0505986b4eb301'],
      [4, '00'.repeat(15) + 'fe', 'a695a0510d0bffe2e3116ce5c731f7ad00b92922'],
      [8, 'ab'.repeat(15) + 'fd', '6de4402d67f633f582c831bf6f2deecdd5ac4d16'],
      [64, 'ff'.repeat(16), '0529cee2fdf9e8c935cd26b2ba43d9893425b684'],
      [128, 'ff'.repeat(16), '4a56d68b9e604593b39caa56f96d3b9d389d896a'],
    ]) {
      const out = await subtle.encrypt({ name: 'AES-CTR', counter: Buffer.from(start, 'hex'), length },
                                       k, data);
      assert.strictEqual(sha1(out), digest, `length ${length}`);
    }
    // 7 blocks do not fit a 1-bit counter.
    await assert.rejects(subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(16), length: 1 }, k,
                                        data), { name: 'OperationError' });
  }
  await assert.rejects(subtle.exportKey('raw', cbc), { name: 'InvalidAccessException' });

  // AES-KW (RFC 3394 4.1).
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'),
                                     'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const toWrap = await subtle.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'),
                                        { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const wrapped = await subtle.wrapKey('raw', toWrap, kek, 'AES-KW');
  assert.strictEqual(hex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW',
                                           { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  assert.strictEqual(hex(await subtle.exportKey('raw', unwrapped)), '00112233445566778899aabbccddeeff');

  // HMAC (RFC 4231 test case 2).
  const hk = await subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-256' },
                                    false, ['sign', 'verify']);
  assert.deepStrictEqual(hk.algorithm, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 32 });
  const mac = await subtle.sign('HMAC', hk, Buffer.from('what do ya want for nothing?'));
  assert.strictEqual(hex(mac), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.strictEqual(await subtle.verify('HMAC', hk, mac, Buffer.from('what do ya want for nothing?')), true);
  assert.strictEqual(await subtle.verify('HMAC', hk, mac, Buffer.from('other')), false);
  const gen = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  assert.deepStrictEqual(gen.algorithm, { name: 'HMAC', length: 1024, hash: { name: 'SHA-512' } });
  assert.strictEqual((await subtle.exportKey('raw', gen)).byteLength, 128);
  assert.strictEqual((await subtle.exportKey('jwk', gen)).alg, 'HS512');
  const genAes = await subtle.generateKey({ name: 'AES-CBC', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(genAes.algorithm, { name: 'AES-CBC', length: 256 });

  // PBKDF2 / HKDF.
  const pb = await subtle.importKey('raw', new Uint8Array(4), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(pb.algorithm, { name: 'PBKDF2' });
  assert.strictEqual(hex(await subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(4), iterations: 2,
                                                   hash: 'SHA-256' }, pb, 128)),
                     'c91ed3cae7ab8b88fb71e2d4ed9e9dac');
  const derived = await subtle.deriveKey({ name: 'PBKDF2', salt: new Uint8Array(4), iterations: 2,
                                           hash: 'SHA-256' }, pb, { name: 'AES-GCM', length: 128 },
                                         true, ['encrypt']);
  assert.strictEqual(hex(await subtle.exportKey('raw', derived)), 'c91ed3cae7ab8b88fb71e2d4ed9e9dac');
  const hkdfKey = await subtle.importKey('raw', Buffer.from('0b'.repeat(22), 'hex'), 'HKDF', false,
                                         ['deriveBits']);
  assert.strictEqual(hex(await subtle.deriveBits({
    name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'),
    info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'),
  }, hkdfKey, 336)), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');

  // Errors.
  await assert.rejects(subtle.importKey('raw', zeros(15), 'AES-GCM', true, ['encrypt']), {
    name: 'DataError', message: 'Invalid key length',
  });
  await assert.rejects(subtle.importKey('raw', zeros(16), 'AES-GCM', true, ['sign']), {
    name: 'SyntaxError', message: 'Unsupported key usage for an AES key',
  });
  await assert.rejects(subtle.importKey('raw', zeros(16), 'FOO', true, ['sign']), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(subtle.importKey('raw', zeros(16), { name: 'HMAC' }, true, ['sign']), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to " +
      "'HmacImportParams' because 'hash' is required in 'HmacImportParams'.",
  });
  await assert.rejects(subtle.importKey('raw', zeros(4), 'PBKDF2', true, ['deriveBits']), {
    name: 'SyntaxError', message: 'PBKDF2 keys are not extractable',
  });
  await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv: zeros(12) }, hk, zeros(3)), {
    name: 'InvalidAccessError', message: 'The requested operation is not valid for the provided key',
  });
  await assert.rejects(subtle.sign('HMAC', aes, zeros(3)), { name: 'InvalidAccessError' });
})().then(() => { done = true; });
let done = false;
process.on('exit', () => assert.ok(done));
