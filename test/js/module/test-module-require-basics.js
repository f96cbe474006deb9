'use strict';
// The CommonJS basics: the wrapper's variables, module fields, require.main/cache/resolve,
// extensions (.js .cjs .json and probing), directories, node_modules lookup up the tree.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs');
const files = path.join(fixtures, 'files');

// The wrapper: this === exports === module.exports, five arguments, __filename/__dirname.
const t = require(path.join(files, 'this-value.js'));
assert.strictEqual(t.same, true);
assert.strictEqual(t.args, 5);
assert.strictEqual(t.filename, path.join(files, 'this-value.js'));
assert.strictEqual(t.dirname, files);
assert.strictEqual(__filename, path.join(__dirname, 'test-module-require-basics.js'));
assert.strictEqual(this, module.exports);

// Main module fields.
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.deepStrictEqual(Object.keys(module),
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths.at(-1), '/node_modules');
process.on('exit', () => assert.strictEqual(module.loaded, true));

// Extensions and probing.
assert.strictEqual(require(path.join(files, 'plain')).kind, 'js');
assert.strictEqual(require(path.join(files, 'plain.js')).kind, 'js');
assert.strictEqual(require(path.join(files, 'common.cjs')).kind, 'cjs');
assert.deepStrictEqual(require(path.join(files, 'data.json')), { kind: 'json', list: [1, 2] });
assert.deepStrictEqual(require(path.join(files, 'data')), { kind: 'json', list: [1, 2] });
assert.deepStrictEqual(require(path.join(files, 'bom.json')), { bom: true });
assert.strictEqual(require(path.join(files, 'multi.dot.ext.js')).kind, 'multi');
assert.strictEqual(require(path.join(files, 'dir')), 'dir-index');
assert.strictEqual(require(path.join(files, 'dir/')), 'dir-index');
assert.deepStrictEqual(require(path.join(files, 'dir-json')), { dir: 'json' });
assert.strictEqual(require(path.join(files, 'bare-dir')), 'bare-dir-index');

// A shebang line is skipped and line numbers stay right (line 2 of the file).
assert.match(require(path.join(files, 'shebang.js')).line, /shebang\.js:2:/);

// Relative requests resolve from this file's directory.
const rel = path.relative(__dirname, path.join(files, 'plain.js'));
assert.strictEqual(require(`./${rel}`).kind, 'js');

// Children: each required module once, in order; module.parent of a child is its first requirer.
const plainModule = require.cache[path.join(files, 'plain.js')];
assert.ok(module.children.includes(plainModule));
assert.strictEqual(module.children.filter((m) => m === plainModule).length, 1);
assert.strictEqual(plainModule.parent, module);
assert.strictEqual(plainModule.loaded, true);
assert.strictEqual(plainModule.id, plainModule.filename);

// require.cache: deleting an entry makes the next require run the file again.
const counterPath = path.join(files, 'counter.js');
const first = require(counterPath);
assert.strictEqual(require(counterPath), first);
delete require.cache[counterPath];
assert.strictEqual(require(counterPath), first + 1);
assert.strictEqual(require.cache, require('module')._cache);
// An entry replaced by hand is what require returns (the file is still resolved first).
const plainPath = path.join(files, 'plain.js');
const saved = require.cache[plainPath];
require.cache[plainPath] = { exports: 'from-cache', loaded: true };
assert.strictEqual(require(plainPath), 'from-cache');
require.cache[plainPath] = saved;

// require.resolve and require.resolve.paths.
assert.strictEqual(require.resolve(path.join(files, 'plain')), path.join(files, 'plain.js'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:fs'), null);
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('..'), [__dirname]);
const bare = require.resolve.paths('some-pkg');
assert.strictEqual(bare[0], path.join(__dirname, 'node_modules'));
assert.ok(bare.includes('/node_modules'));
// { paths }: relative requests from each given folder; bare ones through their node_modules.
assert.strictEqual(require.resolve('./plain', { paths: [files] }), path.join(files, 'plain.js'));
const app = path.join(fixtures, 'app');
assert.strictEqual(require.resolve('dep-a', { paths: [app] }),
                   path.join(app, 'node_modules', 'dep-a', 'main.js'));
assert.strictEqual(require.resolve('dep-a', { paths: [path.join(app, 'lib')] }),
                   path.join(app, 'node_modules', 'dep-a', 'main.js'));

// node_modules lookup: from a nested package, its own node_modules wins over the outer one.
const appRequire = require('module').createRequire(path.join(app, 'index.js'));
assert.strictEqual(appRequire('parent-pkg'), 'nested-child');
assert.strictEqual(appRequire('child-pkg'), 'top-child');
assert.strictEqual(appRequire('dep-a'), 'dep-a');
assert.strictEqual(appRequire('dep-a/other'), 'dep-a-other');
assert.strictEqual(appRequire('dir-main'), 'dir-main');
assert.deepStrictEqual(appRequire('main-json'), { from: 'json' });
assert.strictEqual(appRequire('no-pkg'), 'no-pkg');
assert.strictEqual(appRequire('@scope/plain'), 'scoped-plain');
assert.strictEqual(appRequire('null-exports'), 'null-exports-main');

// Built-ins, with and without the node: prefix, are the same objects.
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path'), path);
