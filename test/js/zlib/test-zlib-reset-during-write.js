'use strict';
// reset() and params() called while a write runs on the thread pool wait for that write instead of
// changing the native state under it; the stream carries on and ends normally. (node v20 runs them
// at once, racing the pool thread: this script crashes node v20 with a segmentation fault.)
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('reset while the pool is busy '.repeat(100000));
let ended = false;
let paramsDone = false;
const d = zlib.createDeflate();
d.on('data', () => {});
d.write(text);
d.reset();
d.params(1, zlib.constants.Z_DEFAULT_STRATEGY, () => {
  paramsDone = true;
  d.end(text);
});
d.write(text);
d.on('end', () => (ended = true));

// The same for an inflater fed garbage after a reset.
const i = zlib.createInflate();
i.on('error', () => {});
i.write(zlib.deflateSync(text));
i.reset();
i.end();

process.on('exit', () => {
  assert.ok(paramsDone);
  assert.ok(ended);
});
