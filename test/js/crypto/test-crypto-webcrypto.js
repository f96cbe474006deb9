'use strict';
// globalThis.crypto / crypto.webcrypto: getRandomValues, randomUUID, subtle.digest, and the
// Crypto / CryptoKey / SubtleCrypto globals.
const assert = require('assert');
const nodeCrypto = require('crypto');

assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
assert.ok(globalThis.crypto instanceof globalThis.Crypto);
assert.ok(globalThis.crypto.subtle instanceof globalThis.SubtleCrypto);
assert.strictEqual(typeof globalThis.CryptoKey, 'function');
assert.throws(() => new globalThis.CryptoKey(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(nodeCrypto.subtle, nodeCrypto.webcrypto.subtle);
assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
assert.strictEqual(crypto.getRandomValues(new Uint16Array(4)).length, 4);
assert.match(crypto.randomUUID(), /^[0-9a-f-]{36}$/);
assert.throws(() => new crypto.constructor(), { name: 'TypeError' });

(async () => {
  const abc = new TextEncoder().encode('abc');
  const cases = {
    'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
      '8086072ba1e7cc2358baeca134c825a7',
    'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  };
  for (const [name, hex] of Object.entries(cases)) {
    const out = await crypto.subtle.digest(name, abc);
    assert.ok(out instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(out).toString('hex'), hex);
    assert.strictEqual(Buffer.from(await crypto.subtle.digest({ name: name.toLowerCase() },
                                                              abc.buffer)).toString('hex'), hex);
  }
  await assert.rejects(crypto.subtle.digest('SHA-25', abc), {
    name: 'NotSupportedError', message: 'Unrecognized algorithm name',
  });
  await assert.rejects(crypto.subtle.digest('SHA-256', 'abc'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  });
  await assert.rejects(crypto.subtle.importKey('raw', abc, { name: 'ECDSA', namedCurve: 'P-256' },
                                               true, ['verify']), {
    name: 'DataError', message: 'Invalid keyData',
  });
})().then(() => { done = true; });
let done = false;
process.on('exit', () => assert.ok(done));
