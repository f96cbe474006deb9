'use strict';
// The stream classes as Node has them: chunk sizes, flush(), params(), reset(), close(),
// bytesWritten, finishFlush, the end of a stream before its input, and backpressure.
const assert = require('assert');
const zlib = require('zlib');

const checks = [];
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
function mustCall(fn, name) {
  const entry = { name, called: false };
  checks.push(entry);
  return (...args) => {
    entry.called = true;
    return fn(...args);
  };
}
process.on('exit', () => {
  assert.deepStrictEqual(warnings, ['DEP0108']);
  for (const c of checks) assert.ok(c.called, `${c.name} was not called`);
});

const text = Buffer.from('hello hello world abcdefghijklmnopqrstuvwxyz '.repeat(20000));
const gz = zlib.gzipSync(text, { level: 9, strategy: zlib.constants.Z_HUFFMAN_ONLY });

// Output comes in chunkSize pieces (16 KiB by default), split where the input chunks end, as in
// Node; bytesWritten counts the input.
{
  const g = zlib.createGunzip();
  const sizes = [];
  g.on('data', (c) => sizes.push(c.length));
  g.on('end', mustCall(() => {
    assert.strictEqual(sizes.reduce((a, b) => a + b, 0), text.length);
    assert.deepStrictEqual(sizes.slice(0, 5), [1711, 1767, 1764, 1764, 1764]);
    assert.strictEqual(sizes.length, 566);
    assert.strictEqual(g.bytesWritten, gz.length);
    assert.strictEqual(g.bytesRead, gz.length);  // deprecated alias (DEP0108)
  }, 'gunzip end'));
  for (let i = 0; i < gz.length; i += 1000) g.write(gz.subarray(i, i + 1000));
  g.end();
}
{
  const g = zlib.createGunzip({ chunkSize: 1024 });
  const sizes = [];
  g.on('data', (c) => sizes.push(c.length));
  g.on('end', mustCall(() => {
    assert.ok(sizes.every((n) => n <= 1024));
    assert.strictEqual(sizes.filter((n) => n === 1024).length, Math.floor(text.length / 1024));
  }, 'chunkSize end'));
  g.end(gz);
}

// flush() emits what was written so far as a complete (sync-flushed) block; params() changes the
// level after a flush.
{
  const d = zlib.createDeflate();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('hello');
  d.flush(mustCall(() => {
    const sofar = Buffer.concat(out);
    assert.strictEqual(sofar.toString('hex'), '789cca48cdc9c907000000ffff');
    assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH })
      .toString(), 'hello');
    d.params(9, zlib.constants.Z_FILTERED, mustCall(() => d.end(' more'), 'params'));
  }, 'flush'));
  d.on('end', mustCall(() => {
    assert.strictEqual(zlib.inflateSync(Buffer.concat(out)).toString(), 'hello more');
  }, 'deflate end'));
}
{
  const b = zlib.createBrotliCompress();
  const out = [];
  b.on('data', (c) => out.push(c));
  b.write('brotli ');
  b.flush(mustCall(() => {
    assert.ok(Buffer.concat(out).length > 0);
    b.end('flushed');
  }, 'brotli flush'));
  b.on('end', mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(out)).toString(), 'brotli flushed');
  }, 'brotli end'));
}

// Unzip detects the format even one byte at a time.
{
  const u = zlib.createUnzip();
  const out = [];
  u.on('data', (c) => out.push(c));
  u.on('end', mustCall(() => assert.strictEqual(Buffer.concat(out).toString(), 'byte by byte'),
                       'unzip end'));
  for (const byte of zlib.gzipSync('byte by byte')) u.write(Buffer.from([byte]));
  u.end();
}

// Data after the end of a zlib stream ends the readable side early.
{
  const i = zlib.createInflate();
  const out = [];
  i.on('data', (c) => out.push(c));
  i.on('end', mustCall(() => assert.strictEqual(Buffer.concat(out).toString(), 'abc'),
                       'early end'));
  i.write(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('trailing')]));
}

// finishFlush: Z_SYNC_FLUSH decodes a truncated stream as far as it goes.
{
  const full = zlib.gzipSync(text.subarray(0, 5000));
  const part = zlib.gunzipSync(full.subarray(0, full.length - 100),
                               { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.ok(part.length > 0);
  assert.deepStrictEqual(part, text.subarray(0, part.length));
}

// close(cb), reset(), _closed.
{
  const d = zlib.createGzip();
  assert.strictEqual(d._closed, false);
  d.close(mustCall(() => {
    assert.strictEqual(d.destroyed, true);
    assert.strictEqual(d._closed, true);
  }, 'close'));
  assert.throws(() => d.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
  const r = zlib.createDeflate();
  const out = [];
  r.on('data', (c) => out.push(c));
  r.write('discarded', mustCall(() => {
    r.reset();
    out.length = 0;
    r.end('kept');
  }, 'write before reset'));
  r.on('end', mustCall(() => {
    // After reset the deflater starts a new stream: what follows is a complete zlib stream body.
    assert.ok(Buffer.concat(out).length > 0);
  }, 'reset end'));
}

// Backpressure: a paused consumer keeps inflation bounded; reading resumes it.
{
  const big = zlib.deflateSync(Buffer.alloc(32 * 1024 * 1024));
  const inf = zlib.createInflate();
  inf.write(big);
  setTimeout(mustCall(() => {
    // Far less than the 32 MiB the input expands to is held before anyone reads.
    assert.ok(inf.readableLength <= 4 * 1024 * 1024, String(inf.readableLength));
    let total = 0;
    inf.on('data', (c) => (total += c.length));
    inf.on('end', mustCall(() => assert.strictEqual(total, 32 * 1024 * 1024), 'bp end'));
    inf.end();
  }, 'bp timer'), 100);
}

// pipeline() with the streams.
{
  const { pipeline, Readable, Writable } = require('stream');
  const parts = [];
  pipeline(Readable.from([text.subarray(0, 1000), text.subarray(1000, 50000)]),
           zlib.createBrotliCompress(), zlib.createBrotliDecompress(),
           new Writable({ write(c, e, cb) { parts.push(c); cb(); } }),
           mustCall((err) => {
             assert.ifError(err);
             assert.deepStrictEqual(Buffer.concat(parts), text.subarray(0, 50000));
           }, 'pipeline'));
}

