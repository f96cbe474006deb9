'use strict';
// The callback forms and stream writes run on libuv's thread pool: while a big compression runs,
// the event loop stays free and a timer fires on time.
const assert = require('assert');
const zlib = require('zlib');
const mixedText = require('../../fixtures/zlib/mixed-text.js');

const input = mixedText(6 * 1024 * 1024);
let done = 0;
const started = Date.now();
let ticks = 0;
let worstLate = 0;
let last = Date.now();
const interval = setInterval(() => {
  const now = Date.now();
  worstLate = Math.max(worstLate, now - last - 10);
  last = now;
  ticks++;
}, 10);

function finish() {
  if (++done < 3) return;
  clearInterval(interval);
  const elapsed = Date.now() - started;
  // The timer kept firing while the pool worked: had the work run on the loop thread, one tick
  // would have waited for (nearly) all of it. The bounds leave room for a loaded machine.
  assert.ok(ticks >= Math.floor(elapsed / 10) / 4, `only ${ticks} ticks in ${elapsed} ms`);
  assert.ok(worstLate < Math.max(100, elapsed / 3),
            `a timer came ${worstLate} ms late in ${elapsed} ms`);
}

zlib.gzip(input, { level: 6 }, (err, out) => {
  assert.ifError(err);
  zlib.gunzip(out, (err2, back) => {
    assert.ifError(err2);
    assert.ok(back.equals(input));
    finish();
  });
});
zlib.brotliCompress(input.subarray(0, 2 * 1024 * 1024), {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 },
}, (err, out) => {
  assert.ifError(err);
  assert.ok(out.length > 0);
  finish();
});
const gz = zlib.createGzip({ level: 6 });
let streamed = 0;
gz.on('data', (c) => (streamed += c.length));
gz.on('end', () => {
  assert.ok(streamed > 0);
  finish();
});
gz.end(input.subarray(0, 2 * 1024 * 1024));
process.on('exit', () => assert.strictEqual(done, 3));
