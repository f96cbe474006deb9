'use strict';
// Symlinked files and folders resolve to their real path (one module, cached once), unless
// --preserve-symlinks is given (test-module-symlinks-preserve.js).
const assert = require('assert');
const path = require('path');

const files = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'files');
assert.strictEqual(require(path.join(files, 'link-to-plain.js')),
                   require(path.join(files, 'plain.js')));
assert.strictEqual(require.resolve(path.join(files, 'link-to-plain')), path.join(files, 'plain.js'));
assert.strictEqual(require(path.join(files, 'link-dir')), 'dir-index');
assert.strictEqual(require.resolve(path.join(files, 'link-dir')),
                   path.join(files, 'dir', 'index.js'));
assert.strictEqual(require(path.join(files, 'link-to-where.js')), path.join(files, 'where.js'));
