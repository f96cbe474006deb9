'use strict';
// process.env keys are strings: reading or deleting a symbol key is harmless, but storing under
// one is a TypeError (V8's "Cannot convert a Symbol value to a string"), and nothing is stored.

const assert = require('assert');

const sym = Symbol('key');
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(delete process.env[sym], true);
assert.throws(() => { process.env[sym] = 'value'; }, {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a string',
});
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(sym in process.env, false);
assert.ok(!Object.getOwnPropertySymbols(process.env).includes(sym));
