// data: URLs: text/javascript modules and application/json, percent-encoded or base64.
// (node v20 names the attribute error ERR_IMPORT_ASSERTION_TYPE_MISSING; Node 22/24 pass.)
import assert from 'assert';

const js = await import('data:text/javascript,export default 40 + 2; export const x = "%41";');
assert.strictEqual(js.default, 42);
assert.strictEqual(js.x, 'A');
const b64 = Buffer.from('export const y = "base64 ✓";').toString('base64');
assert.strictEqual((await import(`data:text/javascript;base64,${b64}`)).y, 'base64 ✓');
const json = await import('data:application/json,{"a":%20[1,2]}', { with: { type: 'json' } });
assert.deepStrictEqual(json.default, { a: [1, 2] });
const json64 = Buffer.from('{"b":true}').toString('base64');
assert.deepStrictEqual(
  (await import(`data:application/json;base64,${json64}`, { with: { type: 'json' } })).default,
  { b: true });
// Built-ins from a data: module.
const withImport = await import('data:text/javascript,import { sep } from "node:path"; ' +
  'export default sep;');
assert.strictEqual(withImport.default, '/');
await assert.rejects(import('data:application/json,{}'), { code: 'ERR_IMPORT_ATTRIBUTE_MISSING' });
await assert.rejects(import('data:text/plain,hello'), {
  name: 'RangeError',
  code: 'ERR_UNKNOWN_MODULE_FORMAT',
  message: 'Unknown module format: text/plain for URL data:text/plain,hello',
});
// import.meta of a data: module: the URL, no file name or folder (Node 24 also has `main`).
const meta = await import('data:text/javascript,export default import.meta;');
assert.deepStrictEqual(Object.keys(meta.default), ['resolve', 'url']);
assert.strictEqual(meta.default.url, 'data:text/javascript,export default import.meta;');
