// JSON modules: `with { type: 'json' }` (and the older `assert`), one instance per file shared
// with require(), and Node 22's errors for a missing, incompatible or unsupported attribute.
// (node v20 names these errors ERR_IMPORT_ASSERTION_*: this test passes on Node 22 and 24.)
import assert from 'assert';
import path from 'path';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
import { pathToFileURL } from 'url';
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');
const jsonURL = pathToFileURL(path.join(fixtures, 'data.json')).href;

const ns = await import(path.join(fixtures, 'json-with.mjs'));
assert.deepStrictEqual(ns.data, { name: 'data', list: [1, 2, 3] });
assert.strictEqual(ns.again, ns.data);
assert.strictEqual(ns.reexported, ns.data);
const dynamic = await import(jsonURL, { with: { type: 'json' } });
assert.strictEqual(dynamic.default, ns.data);
assert.deepStrictEqual(Object.keys(dynamic), ['default']);
assert.strictEqual(require(path.join(fixtures, 'data.json')), ns.data);

await assert.rejects(import(path.join(fixtures, 'json-missing-type.mjs')), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
  message: `Module "${jsonURL}" needs an import attribute of "type: json"`,
});
await assert.rejects(import(jsonURL), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });
const cjsURL = pathToFileURL(path.join(fixtures, 'cjs-exports.cjs')).href;
await assert.rejects(import(cjsURL, { with: { type: 'json' } }), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
  message: `Module "${cjsURL}" is not of type "json"`,
});
await assert.rejects(import(jsonURL, { with: { type: 'css' } }), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  message: `Import attribute "type" with value "css" is not supported in ${jsonURL}`,
});
await assert.rejects(import(`${jsonURL}?fresh`, { with: { type: 'json', mode: 'x' } }), {
  code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  message: `Import attribute "mode" with value "x" is not supported in ${jsonURL}?fresh`,
});
await assert.rejects(import(path.join(fixtures, 'broken.json'), { with: { type: 'json' } }), {
  name: 'SyntaxError',
  message: /^\/.*broken\.json: /,
});
