'use strict';
// bench/crypto/targets.js: the figures issue 8 names, printed as `crypto <case> <ms> ms` (lower is
// better). Run under build/tide and node in the same session and compare ratios.
//   sha256-1g / md5-1g   createHash().update() over 1 GiB in 64 KiB chunks, then digest()
//   hmac-1e6x64          createHmac('sha256', key).update(64 B).digest() ×1,000,000
//   aes-256-gcm-1g       one Cipheriv over 1 GiB in 64 KiB chunks, final() + getAuthTag()
//   pbkdf2-async-8x100k  8 concurrent async pbkdf2 (sha256, 100k iterations each); also prints the
//                        CPU time / wall time ratio (≈ the number of cores busy)
// An optional argument scales the sizes down (e.g. 0.25).
const crypto = require('crypto');

const scale = Number(process.argv[2] ?? 1);
const chunk = Buffer.alloc(64 * 1024, 3);
const chunks = Math.round(16384 * scale);

// Wall time, and the process's CPU time (user + system, all threads): on a shared machine the
// CPU figure is the steadier one.
function time(name, fn) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`crypto ${name} ${ms.toFixed(1)} ms (cpu ${cpuMs.toFixed(1)} ms)`);
}

for (const alg of ['sha256', 'md5']) {
  time(`${alg}-1g`, () => {
    const h = crypto.createHash(alg);
    for (let i = 0; i < chunks; i++) h.update(chunk);
    h.digest();
  });
}
const small = Buffer.alloc(64, 1);
const n = Math.round(1e6 * scale);
time('hmac-1e6x64', () => {
  for (let i = 0; i < n; i++) crypto.createHmac('sha256', 'key').update(small).digest();
});
time('aes-256-gcm-1g', () => {
  const c = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));
  for (let i = 0; i < chunks; i++) c.update(chunk);
  c.final();
  c.getAuthTag();
});
{
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let left = 8;
  for (let i = 0; i < 8; i++) {
    crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => {
      if (--left === 0) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const used = process.cpuUsage(cpu);
        const cpuMs = (used.user + used.system) / 1000;
        console.log(`crypto pbkdf2-async-8x100k ${ms.toFixed(1)} ms (cpu ${cpuMs.toFixed(1)} ms, ` +
                    `cpu/wall ${(cpuMs / ms).toFixed(2)})`);
      }
    });
  }
}
