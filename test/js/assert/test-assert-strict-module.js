'use strict';
// node:assert/strict is assert's strict mode as a module: the very same object as assert.strict.

const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.ok(require('module').builtinModules.includes('assert/strict'));
assert.throws(() => strict.equal(1, '1'), { code: 'ERR_ASSERTION', operator: 'strictEqual' });
