'use strict';
// Timeout and Immediate objects have ref()/unref() returning themselves and hasRef() reflecting
// whether they keep the loop alive.

const assert = require('assert');

const t = setTimeout(() => {}, 1);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.unref(), t);  // twice is fine
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);

const iv = setInterval(() => {}, 1000);
assert.strictEqual(iv.hasRef(), true);
iv.unref();
assert.strictEqual(iv.hasRef(), false);

const im = setImmediate(() => {});
assert.strictEqual(im.hasRef(), true);
assert.strictEqual(im.unref(), im);
assert.strictEqual(im.hasRef(), false);
assert.strictEqual(im.ref(), im);
assert.strictEqual(im.hasRef(), true);

// An unref'd timer still fires while something else keeps the loop alive.
let fired = 0;
setTimeout(() => fired++, 1).unref();
setTimeout(() => {}, 30);
process.on('exit', () => assert.strictEqual(fired, 1));
