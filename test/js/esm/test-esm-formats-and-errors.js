// How a file's format is chosen (extension, package "type", syntax detection for .js files
// outside any "type" scope) and the loader's errors with Node's codes and messages.
import assert from 'assert';
import path from 'path';
import { pathToFileURL } from 'url';
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');
const fixtureURL = (name) => pathToFileURL(path.join(fixtures, name)).href;
const me = path.join(import.meta.dirname, 'test-esm-formats-and-errors.js');

assert.strictEqual((await import(fixtureURL('typemod/esm.js'))).kind, 'esm via type');
assert.strictEqual((await import(fixtureURL('typemod/sub/esm.js'))).kind, 'esm in sub');
assert.strictEqual((await import(fixtureURL('typemod/legacy.cjs'))).default,
  'commonjs in module scope');
assert.strictEqual((await import(fixtureURL('detect/esm-syntax.js'))).kind, 'detected esm');
assert.deepStrictEqual((await import(fixtureURL('detect/plain.js'))).default, { kind: 'commonjs' });
assert.strictEqual((await import(fixtureURL('detect/redeclare.js'))).kind,
  'esm: require declared at top level');

await assert.rejects(import(fixtureURL('does-not-exist.mjs')), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(fixtures, 'does-not-exist.mjs')}' imported from ${me}`,
  url: fixtureURL('does-not-exist.mjs'),
});
await assert.rejects(import('no-such-package'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package' imported from ${me}`,
});
await assert.rejects(import(fixtureURL('dir')), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  message: `Directory import '${path.join(fixtures, 'dir')}' is not supported resolving ES ` +
    `modules imported from ${me}`,
});
await assert.rejects(import(fixtureURL('unknown.txt')), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  message: `Unknown file extension ".txt" for ${path.join(fixtures, 'unknown.txt')}`,
});
await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
});
// A syntax error in an imported file: a SyntaxError (the uncaught report shows its file and line:
// test-esm-syntax-error-report.js).
await assert.rejects(import(fixtureURL('imports-syntax-error.mjs')), {
  name: 'SyntaxError',
  message: "Unexpected token ';'",
});
// A module that failed to compile fails the same way when imported again.
await assert.rejects(import(fixtureURL('syntax-error.mjs')), { name: 'SyntaxError' });
// ... with the very same error object, as in Node (the failed load is remembered).
const first = await import(fixtureURL('syntax-error.mjs')).catch((e) => e);
const second = await import(fixtureURL('syntax-error.mjs')).catch((e) => e);
assert.strictEqual(first, second);
