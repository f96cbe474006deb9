'use strict';
// package.json "imports" (#specifiers) and self-reference by package name, under require().
const assert = require('assert');
const path = require('path');

const app = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'app');
const pjson = path.join(app, 'package.json');
// A require function of a file inside the package (lib/imports.js exports `(id) => require(id)`).
const req = require(path.join(app, 'lib', 'imports.js'));

assert.strictEqual(req('#internal'), 'internal');
assert.strictEqual(req('#cond'), 'required-branch');
assert.strictEqual(req('#pat/one'), 'pat-one');
assert.strictEqual(req('#dep'), 'dep-a');  // a target naming a package
assert.strictEqual(req('#dep-sub/a'), 'feature-a');  // a package subpath through its exports

assert.throws(() => req('#nope'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${pjson} imported from ${
    path.join(app, 'lib', 'imports.js')}`,
});
assert.throws(() => req('#pat/blocked/x'), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });
assert.throws(() => req('#'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "#" is not a valid internal imports specifier name imported from ${
    path.join(app, 'lib', 'imports.js')}`,
});
assert.throws(() => req('#/x'), { code: 'ERR_INVALID_MODULE_SPECIFIER' });
// An "imports" target without './' names a package ('lib' here, which does not exist).
assert.throws(() => req('#bad'), { code: 'MODULE_NOT_FOUND', message: "Cannot find module '#bad'" });
assert.throws(() => req('#escape'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "imports" target "./../outside.js" defined for '#escape' in the package config ${
    pjson} imported from ${path.join(app, 'lib', 'imports.js')}`,
});
assert.throws(() => req('#missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(app, 'lib', 'nope.js')}'`,
  path: pjson,
});

// Outside any package with "imports", '#x' is an ordinary (missing) module.
assert.throws(() => require('#internal'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.match(err.message, /^Cannot find module '#internal'\nRequire stack:\n- /);
  return true;
});

// Self-reference: the package requires itself by name through its own "exports".
const self = require(path.join(app, 'lib', 'self.js'));
assert.deepStrictEqual(self, { main: 'app-index', sub: 'app-sub', cond: 'required-branch' });
assert.throws(() => req('app-self/lib/internal.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './lib/internal.js' is not defined by "exports" in ${pjson} ` +
    `imported from ${path.join(app, 'lib', 'imports.js')}`,
});
// Outside the package, its name means nothing.
assert.throws(() => require('app-self'), { code: 'MODULE_NOT_FOUND' });
