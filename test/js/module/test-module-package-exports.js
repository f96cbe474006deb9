'use strict';
// package.json "exports" under require(): strings, subpaths, patterns, conditions (require, node,
// default, module-sync, nested), arrays as fallbacks, null blocks, and the errors Node gives.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const app = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'app');
const nm = path.join(app, 'node_modules');
const req = createRequire(path.join(app, 'index.js'));

// Sugar (exports is a string) and conditions.
assert.strictEqual(req('sugar'), 'sugar');
assert.strictEqual(req('cond'), 'node-require');  // node → { import, require }: require wins
assert.strictEqual(req('user-cond'), 'default');  // no --conditions custom
assert.strictEqual(req('module-sync'), 'module-sync');  // Node 22.12+: require matches module-sync
assert.strictEqual(req('@scope/pkg'), 'scoped');
assert.strictEqual(req('@scope/pkg/util'), 'scoped-util');

// Subpaths and patterns.
assert.strictEqual(req('patterns/direct'), 'direct');
assert.strictEqual(req('patterns/features/a'), 'feature-a');
assert.strictEqual(req('patterns/features/a.js'), 'feature-a');  // the longer key './features/*.js'
assert.strictEqual(req('patterns/features/sub/b'), 'feature-sub-b');  // '*' spans '/'
assert.strictEqual(req('patterns/x/y.js'), 'x-y');
assert.strictEqual(req('patterns/deep/k'), 'deep-k');
assert.strictEqual(req.resolve('patterns/features/a'),
                   path.join(nm, 'patterns', 'src', 'features', 'a.js'));

// Arrays: the first valid target; invalid ones are skipped.
assert.strictEqual(req('arrays'), 'fallback');
assert.strictEqual(req('arrays/null-then'), 'fallback');
assert.strictEqual(req('arrays/cond-arr'), 'fallback');

function notExported(subpath, pkg) {
  return {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: subpath === '.' ?
      `No "exports" main defined in ${path.join(nm, pkg)}/package.json` :
      `Package subpath '${subpath}' is not defined by "exports" in ${path.join(nm, pkg)}/package.json`,
  };
}

// Not exported: a file that exists but is not listed, a null block, no "." entry.
assert.throws(() => req('patterns/src/not-exported.js'),
              notExported('./src/not-exported.js', 'patterns'));
assert.throws(() => req('patterns/features/private/secret'),
              notExported('./features/private/secret', 'patterns'));
assert.throws(() => req('patterns'), notExported('.', 'patterns'));
assert.throws(() => req('no-exports-main'), notExported('.', 'no-exports-main'));
assert.strictEqual(req('no-exports-main/sub'), 'sub');
assert.throws(() => req('patterns/package.json'), notExported('./package.json', 'patterns'));
assert.throws(() => req('arrays/empty'), notExported('./empty', 'arrays'));

// Invalid targets.
assert.throws(() => req('arrays/all-bad'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "also-bad" defined for './all-bad' in the package config ${
    path.join(nm, 'arrays')}/package.json; targets must start with "./"`,
});
assert.throws(() => req('outside'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" main target "./../escape.js" defined in the package config ${
    path.join(nm, 'outside')}/package.json`,
});
assert.throws(() => req('outside/nm'), { code: 'ERR_INVALID_PACKAGE_TARGET' });
assert.strictEqual(req('outside/seg/ok.js'), 'ok');
assert.throws(() => req('outside/seg/../package.json'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "./seg/../package.json" request is not a valid match in pattern ` +
    `"./seg/*" for the "exports" resolution of ${path.join(nm, 'outside')}/package.json`,
});

// Invalid configs.
assert.throws(() => req('mixed'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'mixed')}/package.json. "exports" cannot ` +
    'contain some keys starting with \'.\' and some not. The exports object must either be an ' +
    'object of package subpath keys or an object of main entry condition name keys only.',
});
assert.throws(() => req('numeric'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'numeric')}/package.json. ` +
    '"exports" cannot contain numeric property keys.',
});

// The target does not exist.
assert.throws(() => req('missing-target'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module '${path.join(nm, 'missing-target', 'gone.js')}'`);
  return true;
});
assert.throws(() => req('patterns/features/zz'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'patterns', 'src', 'features', 'zz.js')}'`,
});
