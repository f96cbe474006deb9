'use strict';
// require() of an ES module graph (Node 22.12): the namespace, with `__esModule: true` added when
// the module has a default export; ERR_REQUIRE_ASYNC_MODULE for top-level await anywhere in the
// graph; ERR_REQUIRE_CYCLE_MODULE for a module required while it is still evaluating.
// (node v20 needs --experimental-require-module for this: the behaviour is Node 22.12's.)
const assert = require('assert');
const path = require('path');
const fixtures = path.join(__dirname, '../../../fixtures/modules/esm/require');

process.on('warning', (w) => {
  if (w.name === 'ExperimentalWarning') warnings.push(w.message);
});
const warnings = [];

const withDefault = require(path.join(fixtures, 'with-default.mjs'));
assert.strictEqual(Object.prototype.toString.call(withDefault), '[object Module]');
assert.strictEqual(withDefault.default, 'the default');
assert.strictEqual(withDefault.named, 'named');
assert.strictEqual(withDefault.__esModule, true);
assert.strictEqual(require(path.join(fixtures, 'with-default.mjs')), withDefault);

const namedOnly = require(path.join(fixtures, 'named-only.mjs'));
assert.deepStrictEqual(Object.keys(namedOnly), ['only']);
assert.strictEqual('__esModule' in namedOnly, false);

const own = require(path.join(fixtures, 'own-esmodule.mjs'));
assert.strictEqual(own.__esModule, false);

assert.deepStrictEqual(require(path.join(fixtures, 'module-exports.mjs')), { custom: true });
assert.strictEqual(require(path.join(fixtures, 'uses-cjs.mjs')).fromHelper, 'helped');

assert.throws(() => require(path.join(fixtures, 'tla.mjs')), {
  code: 'ERR_REQUIRE_ASYNC_MODULE',
  message: /^require\(\) cannot be used on an ESM graph with top-level await/,
});
assert.throws(() => require(path.join(fixtures, 'imports-tla.mjs')), {
  code: 'ERR_REQUIRE_ASYNC_MODULE',
});
assert.throws(() => require(path.join(fixtures, 'throws.mjs')), {
  message: 'thrown while evaluating',
});

const cycle = require(path.join(fixtures, 'cycle-a.mjs'));
assert.strictEqual(cycle.a, 'a');
assert.strictEqual(cycle.b, 'b');
const cycleError = require(path.join(fixtures, 'cycle-b.cjs')).error;
assert.strictEqual(cycleError.code, 'ERR_REQUIRE_CYCLE_MODULE');
assert.match(cycleError.message, /^Cannot require\(\) ES Module .*cycle-a\.mjs in a cycle\. \(from /);

// A module reached through require() that imports a module still evaluating.
const { error: importCycleError } = require(path.join(fixtures, 'cycle2-a.mjs'));
assert.strictEqual(importCycleError.code, 'ERR_REQUIRE_CYCLE_MODULE');
assert.strictEqual(importCycleError.message,
  `Cannot import Module ./cycle2-a.mjs in a cycle. (from ${path.join(fixtures, 'cycle2-c.mjs')})`);

// Node 22.12 warned once; Node 22.13+ and 24 no longer do by default.
process.on('exit', () => {
  assert.deepStrictEqual(warnings, []);
});
