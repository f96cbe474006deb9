'use strict';
// Which files require() hands to the ES module loader (Node 22.12: require(esm) works):
// .mjs files, .js files in a "type": "module" scope, and .js files without a package "type"
// whose syntax is ESM-only (detect-module). .cjs files and "type"-less CommonJS stay CommonJS.
// With the ES module loader in the build, those requires return the namespace (or its
// 'module.exports' export); without it, they throw ERR_NOT_IMPLEMENTED. Node v20 has neither
// (ERR_REQUIRE_ESM), so this test runs under tide and newer Node only.
const assert = require('assert');
const path = require('path');

if (process.versions.node.startsWith('20.')) process.exit(0);

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs');
let hasEsmLoader = true;
try {
  require('internal/modules/esm/loader');
} catch {
  hasEsmLoader = false;
}

// CommonJS stays CommonJS.
assert.strictEqual(require(path.join(fixtures, 'esm-scope', 'legacy.cjs')), 'cjs-in-esm-scope');
assert.strictEqual(require(path.join(fixtures, 'typeless', 'cjs.js')), 'plain');

const esmFiles = [
  [path.join(fixtures, 'esm-scope', 'mod.js'), (ns) => assert.strictEqual(ns.x, 1)],
  [path.join(fixtures, 'app', 'node_modules', 'cond', 'esm.mjs'),
    (ns) => assert.strictEqual(ns.default, 'esm')],
  [path.join(fixtures, 'typeless', 'esm-syntax.js'),
    (ns) => assert.strictEqual(ns.detected, true)],
  [path.join(fixtures, 'esm-scope', 'custom-exports.js'),
    (value) => assert.strictEqual(value, 'chosen')],
];
for (const [file, check] of esmFiles) {
  if (hasEsmLoader) {
    check(require(file));
  } else {
    assert.throws(() => require(file), {
      code: 'ERR_NOT_IMPLEMENTED',
      message: 'require() of ES modules is not implemented in tide',
    });
    assert.strictEqual(require.cache[file], undefined);
  }
}
