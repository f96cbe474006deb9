'use strict';
// NODE_PATH (set by test-module-node-path.env): its folders are searched after node_modules, in
// order, and appear in Module.globalPaths with $HOME/.node_modules, $HOME/.node_libraries and
// <prefix>/lib/node.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const base = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'node-path');
const a = path.join(base, 'lib-a');
const b = path.join(base, 'lib-b');
// The entries are used as written (here with '..' segments), not normalised.
const entries = process.env.NODE_PATH.split(':');
assert.deepStrictEqual(entries.map((p) => path.resolve(p)), [a, b]);

assert.strictEqual(require('from-node-path'), 'node-path-a');
assert.strictEqual(require('only-b'), 'only-b');
assert.strictEqual(require.resolve('only-b'), path.join(b, 'only-b.js'));

const expected = [...entries];
if (process.env.HOME) {
  expected.push(path.resolve(process.env.HOME, '.node_modules'),
                path.resolve(process.env.HOME, '.node_libraries'));
}
expected.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
assert.deepStrictEqual(Module.globalPaths, expected);

// They come after this file's node_modules chain in the lookup paths.
const paths = require.resolve.paths('anything');
assert.deepStrictEqual(paths.slice(-expected.length), expected);
assert.strictEqual(paths[0], path.join(__dirname, 'node_modules'));

// Relative requests never use NODE_PATH.
assert.throws(() => require('./only-b'), { code: 'MODULE_NOT_FOUND' });
