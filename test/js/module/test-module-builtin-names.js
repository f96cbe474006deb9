'use strict';
// Built-in names: Node 22's list is reserved for built-ins (a package of that name is never
// loaded instead); those tide does not have yet throw ERR_NOT_IMPLEMENTED; node:-only names
// (node:test) need the prefix; unknown node: names are ERR_UNKNOWN_BUILTIN_MODULE.
const assert = require('assert');
const Module = require('module');

assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.strictEqual(Module.isBuiltin('node:test'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.ok(!Module.builtinModules.includes('test'));
for (const id of ['http', 'net', 'crypto', 'zlib', 'child_process', 'worker_threads', 'vm']) {
  assert.ok(Module.builtinModules.includes(id), id);
  assert.strictEqual(Module.isBuiltin(id), true);
  assert.strictEqual(require.resolve(id), id);
  assert.strictEqual(require.resolve.paths(id), null);
}
// 'test' without the prefix is an ordinary package name.
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => require('node:no-such-module'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-module',
});
if (process.versions.tide) {
  // Until their issues land (this list shrinks as they do).
  for (const id of ['vm', 'node:vm', 'node:test']) {
    let err;
    try {
      require(id);
    } catch (e) {
      err = e;
    }
    if (err !== undefined) {
      assert.strictEqual(err.code, 'ERR_NOT_IMPLEMENTED');
      assert.strictEqual(err.message, `The built-in module 'node:${id.replace('node:', '')}' ` +
                         'is not implemented in tide');
    }
  }
}
