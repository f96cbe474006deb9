'use strict';
// node:module: builtinModules, isBuiltin, createRequire (paths, file: URLs, bad input),
// _nodeModulePaths, _findPath, _resolveLookupPaths, _load, findPackageJSON, register.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const Module = require('module');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs');
const app = path.join(fixtures, 'app');

assert.strictEqual(Module, Module.Module);
assert.strictEqual(require('node:module'), Module);
assert.strictEqual(typeof Module, 'function');
assert.ok(new Module('x') instanceof Module);

// builtinModules / isBuiltin.
assert.ok(Array.isArray(Module.builtinModules));
for (const id of ['fs', 'path', 'events', 'util', 'assert', 'buffer', 'url', 'os']) {
  assert.ok(Module.builtinModules.includes(id), id);
  assert.strictEqual(Module.isBuiltin(id), true);
  assert.strictEqual(Module.isBuiltin(`node:${id}`), true);
}
assert.ok(!Module.builtinModules.some((id) => id.startsWith('internal/')));
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin('node:nope'), false);
assert.strictEqual(Module.isBuiltin(undefined), false);
assert.strictEqual(Module.isBuiltin({}), false);

// createRequire from a path, a file: URL string, a URL object, a directory with a trailing slash.
for (const from of [path.join(app, 'index.js'), pathToFileURL(path.join(app, 'index.js')).href,
  pathToFileURL(path.join(app, 'index.js')), `${app}/`]) {
  const req = Module.createRequire(from);
  assert.strictEqual(req('dep-a'), 'dep-a');
  assert.strictEqual(req('./lib/sub.js'), 'app-sub');
  assert.strictEqual(req.resolve('./lib/sub'), path.join(app, 'lib', 'sub.js'));
  assert.strictEqual(req.cache, require.cache);
  assert.strictEqual(req.main, require.main);
}
for (const bad of ['relative/path.js', 42, null, undefined, {}, 'http://example.com/x.js']) {
  assert.throws(() => Module.createRequire(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The argument 'filename' must be a file URL object, file URL string, or absolute path string\. Received /,
  });
}

// _nodeModulePaths.
assert.deepStrictEqual(Module._nodeModulePaths('/a/b/node_modules/c'), [
  '/a/b/node_modules/c/node_modules', '/a/b/node_modules', '/a/node_modules', '/node_modules',
]);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/x/node_modules/node_modules'),
                       ['/x/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/./b/../c'), ['/a/c/node_modules',
  '/a/node_modules', '/node_modules']);

// _resolveLookupPaths, _findPath, _resolveFilename, _load.
assert.strictEqual(Module._resolveLookupPaths('fs', module), null);
assert.deepStrictEqual(Module._resolveLookupPaths('./x', module), [__dirname]);
assert.deepStrictEqual(Module._resolveLookupPaths('./x', null), ['.']);
assert.strictEqual(Module._findPath('dep-a', [path.join(app, 'node_modules')]),
                   path.join(app, 'node_modules', 'dep-a', 'main.js'));
assert.strictEqual(Module._findPath('nope', [path.join(app, 'node_modules')]), false);
assert.strictEqual(Module._findPath(path.join(app, 'index')), path.join(app, 'index.js'));
assert.strictEqual(Module._resolveFilename('fs', module), 'fs');
assert.strictEqual(Module._load(path.join(app, 'index.js'), null, false), 'app-index');
assert.strictEqual(Module._cache[path.join(app, 'index.js')].exports, 'app-index');
assert.ok(Array.isArray(Module.globalPaths));
assert.strictEqual(typeof Module._initPaths, 'function');
assert.strictEqual(typeof Module.runMain, 'function');
assert.strictEqual(typeof Module.syncBuiltinESMExports, 'function');

// module.parent is an accessor on the prototype; require.main has none.
const desc = Object.getOwnPropertyDescriptor(Module.prototype, 'parent');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(typeof desc.set, 'function');

// findPackageJSON (Node 22.14).
if (typeof Module.findPackageJSON === 'function') {
  assert.strictEqual(Module.findPackageJSON(pathToFileURL(path.join(app, 'lib', 'sub.js'))),
                     path.join(app, 'package.json'));
  assert.strictEqual(Module.findPackageJSON('..', pathToFileURL(path.join(app, 'lib', 'x.js'))),
                     path.join(app, 'package.json'));
  assert.strictEqual(Module.findPackageJSON('dep-a', path.join(app, 'index.js')),
                     path.join(app, 'node_modules', 'dep-a', 'package.json'));
}

// Module customization hooks are not there in tide.
if (process.versions.tide) {
  assert.throws(() => Module.register('./hooks.mjs', pathToFileURL(__filename)), {
    code: 'ERR_NOT_IMPLEMENTED',
  });
}
