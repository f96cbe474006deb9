'use strict';
// The loader's monkey-patchable surface: require.extensions / Module._extensions (user-added
// extensions), Module.prototype._compile (pirates/ts-node-style source hooks), Module.wrap.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const files = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'files');

assert.strictEqual(require.extensions, Module._extensions);
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);

// A new extension: the handler receives the module and the file name.
require.extensions['.txt'] = function(module, filename) {
  module.exports = require('fs').readFileSync(filename, 'utf8').trim();
};
assert.strictEqual(require(path.join(files, 'notes.txt')), 'hello from a text file');
// ... and resolution probes it too.
assert.strictEqual(require(path.join(files, 'notes')), 'hello from a text file');
delete require.extensions['.txt'];

// A pirates-style hook: wrap the .js handler and rewrite the source handed to _compile.
const originalJs = Module._extensions['.js'];
Module._extensions['.js'] = function(module, filename) {
  if (!filename.endsWith('plain.js')) return originalJs(module, filename);
  const originalCompile = module._compile;
  module._compile = function(code, name) {
    return originalCompile.call(this, `${code}\nexports.hooked = true;`, name);
  };
  return originalJs(module, filename);
};
const plainPath = path.join(files, 'plain.js');
delete require.cache[plainPath];
assert.deepStrictEqual({ ...require(plainPath) }, { kind: 'js', hooked: true });
Module._extensions['.js'] = originalJs;

// A ts-node-style hook on the prototype.
const protoCompile = Module.prototype._compile;
Module.prototype._compile = function(content, filename) {
  if (filename.endsWith('common.cjs')) content = content.replace("'cjs'", "'patched'");
  return protoCompile.call(this, content, filename);
};
assert.strictEqual(require(path.join(files, 'common.cjs')).kind, 'patched');
Module.prototype._compile = protoCompile;

// Module.wrap / wrapper.
assert.deepStrictEqual([...Module.wrapper], [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('x'),
                   '(function (exports, require, module, __filename, __dirname) { x\n});');
