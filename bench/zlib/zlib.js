'use strict';
// bench/zlib/zlib.js [MiB] [case-filter]: compression throughput of node:zlib on mixed text
// (test/fixtures/zlib/mixed-text.js; 64 MiB by default). Prints one `zlib <case> MB/s: X` line per
// case: uncompressed megabytes (10^6 bytes) per second of wall time, so higher is better, and a
// `zlib <case> (per CPU second) MB/s: X` line: the same per second of CPU time of the whole
// process (every thread), steadier than wall time on a shared machine. Every case checks its
// result. Runs under any runtime: `<runtime> bench/zlib/zlib.js`.
const zlib = require('zlib');
const mixedText = require('../../test/fixtures/zlib/mixed-text.js');

const mib = Number(process.argv[2]) || 64;
const filter = process.argv[3] ? new RegExp(process.argv[3]) : null;
const input = mixedText(mib * 1024 * 1024);
const gzipped = zlib.gzipSync(input);
const brotliOpts = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
const STREAM_CHUNK = 64 * 1024;

function check(ok, name) {
  if (!ok) {
    console.error(`zlib ${name}: wrong result`);
    process.exit(1);
  }
}

function viaStream(stream, data) {
  return new Promise((resolve, reject) => {
    const out = [];
    stream.on('data', (c) => out.push(c));
    stream.on('end', () => resolve(Buffer.concat(out)));
    stream.on('error', reject);
    // Written as a file would arrive: 64 KiB pieces, respecting backpressure.
    let offset = 0;
    function write() {
      while (offset < data.length) {
        const piece = data.subarray(offset, offset + STREAM_CHUNK);
        offset += STREAM_CHUNK;
        if (!stream.write(piece)) {
          stream.once('drain', write);
          return;
        }
      }
      stream.end();
    }
    write();
  });
}

const cb = (fn, data, opts) => new Promise((resolve, reject) => {
  fn(data, opts, (err, out) => (err ? reject(err) : resolve(out)));
});

const cases = [
  ['gzip level 6 sync', () => zlib.gzipSync(input, { level: 6 }), (out) => out.length > 0],
  ['gzip level 6 async', () => cb(zlib.gzip, input, { level: 6 }), (out) => out.length > 0],
  ['gzip level 6 stream', () => viaStream(zlib.createGzip({ level: 6 }), input),
   (out) => out.length > 0],
  ['gunzip sync', () => zlib.gunzipSync(gzipped), (out) => out.equals(input)],
  ['gunzip async', () => cb(zlib.gunzip, gzipped, {}), (out) => out.equals(input)],
  ['gunzip stream', () => viaStream(zlib.createGunzip(), gzipped), (out) => out.equals(input)],
  ['brotli quality 4 sync', () => zlib.brotliCompressSync(input, brotliOpts),
   (out) => out.length > 0],
  ['brotli quality 4 async', () => cb(zlib.brotliCompress, input, brotliOpts),
   (out) => out.length > 0],
  ['brotli quality 4 stream', () => viaStream(zlib.createBrotliCompress(brotliOpts), input),
   (out) => out.length > 0],
  // Four compressions at once on the thread pool: uses every core the machine has.
  ['gzip level 6 async x4 parallel', () => {
    const quarter = input.length >> 2;
    return Promise.all([0, 1, 2, 3].map((i) =>
      cb(zlib.gzip, input.subarray(i * quarter, (i + 1) * quarter), { level: 6 })));
  }, (outs) => outs.length === 4],
];

(async () => {
  for (const [name, run, ok] of cases) {
    if (filter && !filter.test(name)) continue;
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const out = await run();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    check(ok(out), name);
    console.log(`zlib ${name} MB/s: ${(input.length / 1e6 / seconds).toFixed(1)}`);
    console.log(`zlib ${name} (per CPU second) MB/s: ${(input.length / 1e6 / cpuSeconds).toFixed(1)}`);
  }
})();
