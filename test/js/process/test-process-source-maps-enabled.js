'use strict';
// process.sourceMapsEnabled / process.setSourceMapsEnabled(val) (tsx calls them while it loads).
// tide has no source-map support: they stay off, and asking for them throws ERR_NOT_IMPLEMENTED
// (node turns them on instead; the test accepts both outcomes for that one call).
const assert = require('assert');

const desc = Object.getOwnPropertyDescriptor(process, 'sourceMapsEnabled');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(process.sourceMapsEnabled, false);
assert.strictEqual(typeof process.setSourceMapsEnabled, 'function');

process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);

for (const bad of ['x', 1, null, undefined, {}]) {
  assert.throws(() => process.setSourceMapsEnabled(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "val" argument must be of type boolean\. Received /,
  });
}

try {
  process.setSourceMapsEnabled(true);
  assert.strictEqual(process.sourceMapsEnabled, true);  // node
  process.setSourceMapsEnabled(false);
} catch (err) {
  assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
  assert.match(err.message, /process\.setSourceMapsEnabled\(true\)/);
  assert.strictEqual(process.sourceMapsEnabled, false);
}
