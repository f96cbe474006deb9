'use strict';
// require('timers') and require('node:timers') export the same functions as the globals.

const assert = require('assert');
const timers = require('timers');

assert.strictEqual(require('node:timers'), timers);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                    'setImmediate', 'clearImmediate']) {
  assert.strictEqual(timers[name], globalThis[name], name);
  assert.strictEqual(typeof timers[name], 'function', name);
}
assert.strictEqual(typeof timers.promises, 'object');
