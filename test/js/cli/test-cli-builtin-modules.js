'use strict';
// require('module').builtinModules lists the core modules by bare name (no `node:` prefix for
// the classic ones), including fs, timers and events; isBuiltin agrees with it.

const assert = require('assert');
const { builtinModules, isBuiltin } = require('module');

assert.ok(Array.isArray(builtinModules));
for (const name of ['fs', 'timers', 'events', 'path', 'util', 'assert', 'console', 'module',
                    'timers/promises']) {
  assert.ok(builtinModules.includes(name), name);
  assert.strictEqual(isBuiltin(name), true, name);
  assert.strictEqual(isBuiltin(`node:${name}`), true, name);
}
assert.ok(!builtinModules.includes('node:fs'));
assert.ok(!builtinModules.some((name) => name.startsWith('internal/')), 'no internal modules');
assert.strictEqual(isBuiltin('internal/timers'), false);
assert.strictEqual(isBuiltin('not-a-module'), false);
