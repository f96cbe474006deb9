'use strict';
// import() from CommonJS: specifiers resolve against the file, the namespace is shared with
// other importers, builtins and JSON work, and failures reject the promise.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

(async () => {
  const counter = await import('../../../fixtures/modules/esm/counter.mjs');
  assert.strictEqual(counter.default, 'counter');
  const byURL = await import(pathToFileURL(
    path.join(__dirname, '../../../fixtures/modules/esm/counter.mjs')).href);
  assert.strictEqual(byURL, counter);
  const fs = await import('fs');
  assert.strictEqual(fs.default, require('fs'));
  const cjs = await import('../../../fixtures/modules/esm/cjs-exports.cjs');
  assert.strictEqual(cjs.default, require('../../../fixtures/modules/esm/cjs-exports.cjs'));
  assert.strictEqual(cjs.named, 'named');
  await assert.rejects(import('./does-not-exist.mjs'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(__dirname, 'does-not-exist.mjs')}' imported from ` +
      `${__filename}`,
  });
  // import() inside a module that is itself loaded with import().
  const data = await import('data:text/javascript,export const m = await import("node:path");');
  assert.strictEqual(data.m.default, path);
})().then(() => { process.exitCode = 0; }, (err) => { process.exitCode = 1; throw err; });
