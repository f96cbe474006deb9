'use strict';
// node:stream is readable-stream 4 wired to tide's own modules: its errors must be Node's error
// classes, its Buffer tide's Buffer, and the defaults Node 22's.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

assert.strictEqual(stream.Stream, stream);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
// Node 22 raised the byte default to 64 KiB (node v20 still says 16 KiB).
if (process.release.name !== 'node' || +process.versions.node.split('.')[0] >= 22) {
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 65536);
  assert.strictEqual(new Readable().readableHighWaterMark, 65536);
}

const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
w.end();
w.on('error', (err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.message, 'write after end');
  assert.match(err.stack, /^Error \[ERR_STREAM_WRITE_AFTER_END\]: write after end/);
  errored = true;
});
let errored = false;
w.write('x');

assert.throws(() => new Readable({ highWaterMark: -1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});
assert.throws(() => stream.finished(w, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });

const p = new PassThrough();
const seen = [];
p.on('data', (chunk) => seen.push(chunk));
p.end('abc');
p.on('end', () => {
  assert.ok(Buffer.isBuffer(seen[0]));
  assert.strictEqual(Buffer.concat(seen).toString(), 'abc');
  ended = true;
});
let ended = false;

process.on('exit', () => {
  assert.ok(errored);
  assert.ok(ended);
});
