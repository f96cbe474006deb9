'use strict';
// setInterval repeats until clearInterval is called from its own callback; its arguments are
// passed on every call and `this` is the Timeout.

const assert = require('assert');

let calls = 0;
const iv = setInterval(function(a, b) {
  calls++;
  assert.strictEqual(this, iv);
  assert.strictEqual(a, 'x');
  assert.strictEqual(b, 42);
  if (calls === 3) clearInterval(iv);
}, 1, 'x', 42);
assert.strictEqual(iv._repeat, 1);

process.on('exit', () => assert.strictEqual(calls, 3));
