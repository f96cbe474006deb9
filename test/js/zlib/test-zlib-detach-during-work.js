'use strict';
// Detaching (transferring) the input's ArrayBuffer while the thread pool compresses it is safe: the
// job holds the memory, so the result is the input as it was. (ArrayBuffer.prototype.transfer is
// Node 22's; on node v20 the script only checks the plain case.)
const assert = require('assert');
const zlib = require('zlib');

const size = 8 << 20;
const ab = new ArrayBuffer(size);
new Uint8Array(ab).fill(97);
let done = false;
zlib.gzip(new Uint8Array(ab), (err, out) => {
  assert.ifError(err);
  const back = zlib.gunzipSync(out);
  assert.strictEqual(back.length, size);
  assert.ok(back.every((b) => b === 97));
  done = true;
});
if (typeof ab.transfer === 'function') {
  let moved = ab.transfer();
  assert.strictEqual(ab.byteLength, 0);
  moved = null;
  if (globalThis.gc) globalThis.gc();
}
process.on('exit', () => assert.ok(done));
