'use strict';
// The heavy Web Crypto operations run on libuv's pool as node:crypto's do: a timer keeps firing
// while subtle.deriveBits (PBKDF2, 250,000 iterations) and subtle.generateKey (RSA) work.
const assert = require('assert');
const { subtle } = globalThis.crypto;

let ticks = 0;
const timer = setInterval(() => { ticks++; }, 5);

(async () => {
  const base = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits']);
  const before = ticks;
  const [bits, pair] = await Promise.all([
    subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-512', salt: Buffer.from('salt'),
                       iterations: 250_000 }, base, 512),
    subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024,
                         publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true,
                       ['sign', 'verify']),
  ]);
  clearInterval(timer);
  assert.strictEqual(bits.byteLength, 64);
  assert.strictEqual(pair.privateKey.algorithm.modulusLength, 1024);
  // Work on the main thread would have let no interval run until it finished.
  assert.ok(ticks - before > 0, 'the timer never ran while the work was in flight');
})().then(() => { done = true; });
let done = false;
process.on('exit', () => assert.ok(done));
