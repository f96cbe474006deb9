'use strict';
// node:util/types is the module form of util.types: the very same object.

const assert = require('assert');
const util = require('util');

assert.strictEqual(require('util/types'), util.types);
assert.strictEqual(require('node:util/types'), util.types);
assert.strictEqual(require('util/types').isDate(new Date()), true);
assert.ok(require('module').builtinModules.includes('util/types'));
