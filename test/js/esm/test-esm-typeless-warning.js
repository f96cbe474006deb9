// A .js file detected as an ES module under a package.json without "type" gets Node 22's
// MODULE_TYPELESS_PACKAGE_JSON warning, once per package.json.
import assert from 'assert';
import path from 'path';
import { pathToFileURL } from 'url';
const dir = path.join(import.meta.dirname, '../../fixtures/modules/esm/typeless');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual((await import(path.join(dir, 'detected.js'))).kind,
  'detected under a typeless package.json');
assert.strictEqual((await import(path.join(dir, 'detected-too.js'))).again, true);
await new Promise((resolve) => setImmediate(resolve));
assert.strictEqual(warnings.length, 1);
assert.strictEqual(warnings[0].code, 'MODULE_TYPELESS_PACKAGE_JSON');
assert.strictEqual(warnings[0].message,
  `Module type of ${pathToFileURL(path.join(dir, 'detected.js')).href} is not specified and it ` +
  "doesn't parse as CommonJS.\nReparsing as ES module because module syntax was detected. " +
  'This incurs a performance overhead.\nTo eliminate this warning, add "type": "module" to ' +
  `${path.join(dir, 'package.json')}.`);
