'use strict';
// --preserve-symlinks (test-module-symlinks-preserve.args): a module reached through a symlink
// keeps the link's path, so the link and its target are two modules.
const assert = require('assert');
const path = require('path');

const files = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'files');
assert.strictEqual(require(path.join(files, 'link-to-where.js')),
                   path.join(files, 'link-to-where.js'));
assert.strictEqual(require(path.join(files, 'where.js')), path.join(files, 'where.js'));
assert.strictEqual(require.resolve(path.join(files, 'link-dir')),
                   path.join(files, 'link-dir', 'index.js'));
