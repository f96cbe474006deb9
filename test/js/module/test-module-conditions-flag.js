'use strict';
// --conditions / -C (test-module-conditions-flag.args): user conditions take part in "exports"
// matching under require().
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const req = createRequire(path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'app',
                                    'index.js'));
assert.strictEqual(req('user-cond'), 'custom');
// Built-in conditions still apply.
assert.strictEqual(req('cond'), 'node-require');
