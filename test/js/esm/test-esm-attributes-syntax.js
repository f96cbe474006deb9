// `with { type: 'json' }` in every place Node 22 accepts it (static imports, re-exports, import()
// options, across lines), while look-alikes in strings, templates, comments, regular expressions
// and object keys stay untouched.
import assert from 'assert';
import path from 'path';
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');

const ns = await import(path.join(fixtures, 'attributes-tricky.mjs'));
assert.strictEqual(ns.str, "import x from 'y' with { type: 'json' }");
assert.strictEqual(ns.single, 'awith { b }');
assert.strictEqual(ns.tpl, "import x from 'y' with { type: 'json' } nested 'x' with {");
assert.strictEqual(ns.re, "'y' with {");
assert.strictEqual(ns.prop, 1);
assert.strictEqual(ns.ratio, 5);
assert.deepStrictEqual(ns.data, { name: 'data', list: [1, 2, 3] });
assert.strictEqual(ns.dynamic.default, ns.data);
