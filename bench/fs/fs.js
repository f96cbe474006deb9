'use strict';
// fs benchmarks (issue 6): prints one "<case>: <ms> ms" line per case, the wall time of the whole
// case measured with process.hrtime.bigint(). Works under tide and node alike:
//   <runtime> bench/fs/fs.js [streamMiB]      (streamMiB defaults to 256; the figure is 1024)
// Cases:
//   statSync-1e5            fs.statSync of one file, 100,000 times
//   stat-storm-1e4          10,000 fs.promises.stat calls in flight at once
//   readFileSync-1e4        fs.readFileSync of a 1 KiB file (Buffer), 10,000 times
//   readFileSync-utf8-1e4   the same as a string
//   readFile-2000-concurrent  2,000 fs.promises.readFile of small files, all at once
//   readFile-cb-1e4-c64     10,000 callback fs.readFile, 64 in flight at a time
//   readdir-10000           fs.readdirSync of a directory of 10,000 entries, 20 times
//   readdir-types-10000     the same with withFileTypes
//   stream-copy-<N>MiB      createReadStream → createWriteStream of an N MiB file (pipeline)
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');

const streamMiB = Number(process.argv[2]) || 256;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-fs-bench-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function report(name, t0) {
  console.log(`${name}: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
}

const small = path.join(dir, 'small');
fs.writeFileSync(small, 'x'.repeat(1024));
const smallFiles = [];
for (let i = 0; i < 100; i++) {
  const p = path.join(dir, `s${i}`);
  fs.writeFileSync(p, `file ${i} `.repeat(50));
  smallFiles.push(p);
}
const big = path.join(dir, 'entries');
fs.mkdirSync(big);
for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(big, `entry-${i}`), '');

async function main() {
  let t0 = process.hrtime.bigint();
  for (let i = 0; i < 1e5; i++) fs.statSync(small);
  report('statSync-1e5', t0);

  t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 1e4 }, () => fs.promises.stat(small)));
  report('stat-storm-1e4', t0);

  t0 = process.hrtime.bigint();
  for (let i = 0; i < 1e4; i++) fs.readFileSync(small);
  report('readFileSync-1e4', t0);

  t0 = process.hrtime.bigint();
  for (let i = 0; i < 1e4; i++) fs.readFileSync(small, 'utf8');
  report('readFileSync-utf8-1e4', t0);

  t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: 2000 }, (_, i) => fs.promises.readFile(smallFiles[i % 100])));
  report('readFile-2000-concurrent', t0);

  t0 = process.hrtime.bigint();
  await new Promise((resolve, reject) => {
    let started = 0;
    let done = 0;
    const startOne = () => {
      const i = started++;
      fs.readFile(smallFiles[i % 100], (err) => {
        if (err) return reject(err);
        if (++done === 1e4) return resolve();
        if (started < 1e4) startOne();
      });
    };
    for (let k = 0; k < 64; k++) startOne();
  });
  report('readFile-cb-1e4-c64', t0);

  t0 = process.hrtime.bigint();
  for (let i = 0; i < 20; i++) {
    if (fs.readdirSync(big).length !== 10000) throw new Error('readdir count');
  }
  report('readdir-10000', t0);

  t0 = process.hrtime.bigint();
  for (let i = 0; i < 20; i++) fs.readdirSync(big, { withFileTypes: true });
  report('readdir-types-10000', t0);

  const src = path.join(dir, 'stream-src');
  const chunk = Buffer.alloc(1 << 20, 7);
  const fd = fs.openSync(src, 'w');
  for (let i = 0; i < streamMiB; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  t0 = process.hrtime.bigint();
  await new Promise((resolve, reject) => {
    pipeline(fs.createReadStream(src), fs.createWriteStream(path.join(dir, 'stream-dst')),
             (err) => (err ? reject(err) : resolve()));
  });
  report(`stream-copy-${streamMiB}MiB`, t0);
  if (fs.statSync(path.join(dir, 'stream-dst')).size !== streamMiB << 20) throw new Error('size');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
