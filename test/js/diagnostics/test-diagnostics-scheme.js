'use strict';
// tide:diagnostics lives in tide's own `tide:` namespace: require() and import() reach it by that
// name only; node: never exposes it, module.builtinModules does not list it (as node:test is not
// listed), and module.isBuiltin() knows it. tide's own module: this test does not run under node.
const assert = require('assert');
const Module = require('module');

const diagnostics = require('tide:diagnostics');
assert.strictEqual(typeof diagnostics.whyAlive, 'function');
assert.strictEqual(require('tide:diagnostics'), diagnostics);
assert.strictEqual(require.resolve('tide:diagnostics'), 'tide:diagnostics');

assert.throws(() => require('node:diagnostics'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('node:tide:diagnostics'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
assert.throws(() => require('tide:nope'),
              { code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: tide:nope' });
assert.throws(() => require('diagnostics'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('tide:internal/tide/diagnostics'),
              { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });

assert.ok(!Module.builtinModules.some((name) => name.includes('diagnostics') &&
                                               name !== 'diagnostics_channel'));
assert.strictEqual(Module.isBuiltin('tide:diagnostics'), true);
assert.strictEqual(Module.isBuiltin('tide:nope'), false);
assert.strictEqual(Module.isBuiltin('diagnostics'), false);

(async () => {
  const ns = await import('tide:diagnostics');
  assert.strictEqual(ns.default, diagnostics);
  assert.strictEqual(ns.whyAlive, diagnostics.whyAlive);
  assert.strictEqual(ns.startTrace, diagnostics.startTrace);
  await assert.rejects(import('tide:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
  await assert.rejects(import('node:diagnostics'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
})().then(() => {}, (err) => { process.exitCode = 1; throw err; });

// A static import from an ES module.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, [
  '--input-type=module', '-e',
  "import { whyAlive } from 'tide:diagnostics'; import d from 'tide:diagnostics'; " +
  'console.log(typeof whyAlive, d.whyAlive === whyAlive)',
], { encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.stdout, 'function true\n');
