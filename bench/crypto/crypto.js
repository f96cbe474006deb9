'use strict';
// bench/crypto/crypto.js: prints `crypto <case> <ms> ms` lines (lower is better) for the hot
// paths of node:crypto. Run under build/tide and node and compare.
//   sha256-1k          createHash('sha256').update(1 KiB).digest() ×1e5
//   hash-sha256-1k     crypto.hash('sha256', 1 KiB, 'buffer') ×1e5
//   hmac-64            createHmac('sha256', key).update(64 B).digest() ×1e5
//   aes-256-gcm-64m    one Cipheriv over 64 MiB in 64 KiB chunks
//   pbkdf2-100k        pbkdf2Sync 100,000 iterations of sha256
//   pbkdf2-async-8x100k  8 concurrent async pbkdf2 (100k iterations each): uses the pool
//   randomBytes-16     randomBytes(16) ×1e5
const crypto = require('crypto');

function time(name, fn) {
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`crypto ${name} ${ms.toFixed(1)} ms`);
}

const kib = Buffer.alloc(1024, 7);
time('sha256-1k', () => {
  for (let i = 0; i < 1e5; i++) crypto.createHash('sha256').update(kib).digest();
});
time('hash-sha256-1k', () => {
  for (let i = 0; i < 1e5; i++) crypto.hash('sha256', kib, 'buffer');
});
const small = Buffer.alloc(64, 1);
time('hmac-64', () => {
  for (let i = 0; i < 1e5; i++) crypto.createHmac('sha256', 'key').update(small).digest();
});
const chunk = Buffer.alloc(64 * 1024, 3);
time('aes-256-gcm-64m', () => {
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
  for (let i = 0; i < 1024; i++) c.update(chunk);
  c.final();
  c.getAuthTag();
});
time('pbkdf2-100k', () => {
  crypto.pbkdf2Sync('password', 'salt', 100000, 32, 'sha256');
});
time('randomBytes-16', () => {
  for (let i = 0; i < 1e5; i++) crypto.randomBytes(16);
});
{
  const start = process.hrtime.bigint();
  let left = 8;
  for (let i = 0; i < 8; i++) {
    crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => {
      if (--left === 0) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        console.log(`crypto pbkdf2-async-8x100k ${ms.toFixed(1)} ms`);
      }
    });
  }
}
