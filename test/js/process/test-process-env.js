'use strict';
// process.env holds strings only: values are coerced on assignment, `delete` and `in` work, new
// keys show up in Object.keys, and symbol keys neither crash nor stick (storing under a symbol key:
// test-process-env-symbol-key.js).

const assert = require('assert');

const key = 'TIDE_TEST_ENV_VAR';
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);

process.env[key] = 42;
assert.strictEqual(process.env[key], '42');
assert.strictEqual(key in process.env, true);
assert.ok(Object.keys(process.env).includes(key));
assert.strictEqual(Object.prototype.hasOwnProperty.call(process.env, key), true);

process.env[key] = true;
assert.strictEqual(process.env[key], 'true');
process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
process.env[key] = null;
assert.strictEqual(process.env[key], 'null');
process.env[key] = { toString() { return 'custom'; } };
assert.strictEqual(process.env[key], 'custom');

assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
assert.ok(!Object.keys(process.env).includes(key));
assert.strictEqual(delete process.env[key], true);  // deleting a missing key is fine

// Symbols: reading gives undefined, `in` is false, and assigning one as a value throws.
const sym = Symbol('s');
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(sym in process.env, false);
assert.throws(() => { process.env[key] = Symbol('v'); }, TypeError);

// PATH from the real environment is visible; entries are all strings.
assert.strictEqual(typeof process.env.PATH, 'string');
for (const [k, v] of Object.entries(process.env)) assert.strictEqual(typeof v, 'string', k);
