'use strict';
// The ES module resolution algorithm the ES module loader calls (internal/modules/esm/resolve):
// defaultResolve → { url, format, detect? }, with Node's ESM errors. Needs --expose-internals
// (test-module-esm-resolve.args); node v20 has no such module API, so this test runs under tide only.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

if (!process.versions.tide) process.exit(0);
const { defaultResolve, getPackageType, resolveURL } = require('internal/modules/esm/resolve');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs');
const app = path.join(fixtures, 'app');
const nm = path.join(app, 'node_modules');
const parentPath = path.join(app, 'main.mjs');
const parent = pathToFileURL(parentPath).href;
const url = (p) => pathToFileURL(p).href;

function resolves(specifier, expected, from = parent) {
  const result = defaultResolve(specifier, from);
  assert.deepStrictEqual({ ...result }, expected, specifier);
}

// Relative and absolute files, file: URLs; query and fragment are kept.
resolves('./index.js', { url: url(path.join(app, 'index.js')), format: 'commonjs', detect: true });
resolves('./index.js?x=1#h', {
  url: `${url(path.join(app, 'index.js'))}?x=1#h`, format: 'commonjs', detect: true,
});
resolves(path.join(app, 'lib', 'sub.js'),
         { url: url(path.join(app, 'lib', 'sub.js')), format: 'commonjs', detect: true });
resolves(url(path.join(app, 'lib', 'sub.js')),
         { url: url(path.join(app, 'lib', 'sub.js')), format: 'commonjs', detect: true });

// Formats: .mjs, .cjs, .json, "type" of the package scope.
const scope = path.join(fixtures, 'esm-scope');
resolves(path.join(scope, 'mod.js'), { url: url(path.join(scope, 'mod.js')), format: 'module' });
resolves(path.join(scope, 'legacy.cjs'),
         { url: url(path.join(scope, 'legacy.cjs')), format: 'commonjs' });
resolves(path.join(fixtures, 'files', 'data.json'),
         { url: url(path.join(fixtures, 'files', 'data.json')), format: 'json' });
assert.throws(() => defaultResolve(path.join(fixtures, 'files', 'notes.txt'), parent), {
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  name: 'TypeError',
  message: `Unknown file extension ".txt" for ${path.join(fixtures, 'files', 'notes.txt')}`,
});
// resolveURL (import.meta.resolve) does not look at the format.
assert.strictEqual(resolveURL(path.join(fixtures, 'files', 'notes.txt'), parent),
                   url(path.join(fixtures, 'files', 'notes.txt')));
assert.strictEqual(getPackageType(url(path.join(scope, 'mod.js'))), 'module');
assert.strictEqual(getPackageType(url(path.join(app, 'index.js'))), 'none');

// Built-ins and data: URLs.
resolves('fs', { url: 'node:fs', format: 'builtin' });
resolves('node:fs', { url: 'node:fs', format: 'builtin' });
assert.throws(() => defaultResolve('node:nope', parent), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:nope',
});
resolves('data:text/javascript,export default 1',
         { url: 'data:text/javascript,export default 1', format: undefined });

// Packages: exports with the import condition, main, self-reference, imports.
resolves('cond', { url: url(path.join(nm, 'cond', 'esm.mjs')), format: 'module' });
resolves('dep-a', { url: url(path.join(nm, 'dep-a', 'main.js')), format: 'commonjs', detect: true });
resolves('patterns/features/a',
         { url: url(path.join(nm, 'patterns', 'src', 'features', 'a.js')), format: 'commonjs',
           detect: true });
resolves('app-self/sub', { url: url(path.join(app, 'lib', 'sub.js')), format: 'commonjs', detect: true });
resolves('#cond', { url: url(path.join(app, 'lib', 'def.js')), format: 'commonjs', detect: true });
resolves('#internal', { url: url(path.join(app, 'lib', 'internal.js')), format: 'commonjs',
                        detect: true });
// Conditions can be given.
assert.strictEqual(defaultResolve('cond', parent, ['node', 'require']).url,
                   url(path.join(nm, 'cond', 'node-req.js')));

// Errors, with ESM wording.
assert.throws(() => defaultResolve('./lib/sub', parent), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(app, 'lib', 'sub')}' imported from ${parentPath}\n` +
    'Did you mean to import "./lib/sub.js"?',
});
assert.throws(() => defaultResolve('dep-a/other', parent), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'dep-a', 'other')}' imported from ${parentPath}\n` +
    'Did you mean to import "dep-a/other.js"?',
});
assert.throws(() => defaultResolve('dep-a/missing', parent), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'dep-a', 'missing')}' imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('nopkg', parent), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'nopkg' imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('./lib', parent), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  message: `Directory import '${path.join(app, 'lib')}' is not supported resolving ES modules ` +
    `imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('https://example.com/x.js', parent), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: 'Only URLs with a scheme in: file and data are supported by the default ESM loader. ' +
    "Received protocol 'https:'",
});
assert.throws(() => defaultResolve('patterns/src/not-exported.js', parent), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './src/not-exported.js' is not defined by "exports" in ${
    path.join(nm, 'patterns')}/package.json imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('@bad', parent), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module "@bad" is not a valid package name imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('#nope', parent), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${app}/package.json ` +
    `imported from ${parentPath}`,
});
assert.throws(() => defaultResolve('./a%2Fb.js', parent), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
});
assert.throws(() => defaultResolve('bad-json', parent), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'bad-json', 'package.json')} while importing ` +
    `"bad-json" from ${parentPath}.`,
});

// import.meta.resolve's rule (importMetaResolve): a missing file or a directory still resolves to
// its URL, other schemes resolve (loading them is what fails); other errors throw.
const { importMetaResolve } = require('internal/modules/esm/resolve');
assert.strictEqual(importMetaResolve('./lib/nope.js', parent), url(path.join(app, 'lib', 'nope.js')));
assert.strictEqual(importMetaResolve('./lib', parent), url(path.join(app, 'lib')));
assert.strictEqual(importMetaResolve('#missing', parent), url(path.join(app, 'lib', 'nope.js')));
assert.strictEqual(importMetaResolve('https://example.com/x.js', parent),
                   'https://example.com/x.js');
assert.strictEqual(importMetaResolve('fs', parent), 'node:fs');
assert.throws(() => importMetaResolve('nopkg', parent), { code: 'ERR_MODULE_NOT_FOUND' });
assert.throws(() => importMetaResolve('patterns/src/not-exported.js', parent),
              { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
