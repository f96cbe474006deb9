// Static import/export: live bindings, the namespace object, cycles (TDZ while the cycle runs),
// one instance per URL, and import.meta (url, dirname, filename, resolve).
import assert from 'assert';
import path from 'path';
import { pathToFileURL } from 'url';
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');

const counter = await import(path.join(fixtures, 'counter.mjs'));
assert.strictEqual(counter.count, 0);
counter.increment();
assert.strictEqual(counter.count, 1);  // a live binding
assert.strictEqual(counter.default, 'counter');
assert.strictEqual(Object.prototype.toString.call(counter), '[object Module]');
assert.deepStrictEqual(Object.keys(counter), ['count', 'default', 'increment']);
assert.throws(() => { counter.count = 5; }, TypeError);
// Same URL, same instance: through a relative path, a file: URL and a query-less URL object.
const again = await import(pathToFileURL(path.join(fixtures, 'counter.mjs')).href);
assert.strictEqual(again, counter);
assert.strictEqual(again.count, 1);

const a = await import(path.join(fixtures, 'cycle/a.mjs'));
const b = await import(path.join(fixtures, 'cycle/b.mjs'));
assert.strictEqual(a.a, 'a');
assert.strictEqual(a.b, 'b');
assert.strictEqual(a.seenFromB, 'a');
assert.strictEqual(b.aDuringB, 'ReferenceError');

const { meta, resolved } = await import(path.join(fixtures, 'meta.mjs'));
const metaURL = pathToFileURL(path.join(fixtures, 'meta.mjs')).href;
assert.strictEqual(meta.url, metaURL);
assert.strictEqual(meta.filename, path.join(fixtures, 'meta.mjs'));
assert.strictEqual(meta.dirname, fixtures);
assert.strictEqual(Object.getPrototypeOf(meta), null);
// Node 22's keys (Node 24 adds `main`).
assert.deepStrictEqual(Object.keys(meta), ['dirname', 'filename', 'resolve', 'url']);
assert.strictEqual(resolved.sibling, new URL('counter.mjs', metaURL).href);
// A file that does not exist still resolves to its URL (import.meta.resolve does not load).
assert.strictEqual(resolved.missing, new URL('does-not-exist.mjs', metaURL).href);
assert.strictEqual(resolved.builtin, 'node:fs');
assert.strictEqual(resolved.bare, 'node:fs');
assert.strictEqual(resolved.pkg, new URL('node_modules/esm-pkg/index.mjs', metaURL).href);
assert.throws(() => meta.resolve(1), { code: 'ERR_MODULE_NOT_FOUND' });  // String(1)
assert.throws(() => meta.resolve('no-such-package'), { code: 'ERR_MODULE_NOT_FOUND' });

// Top-level await: the importer waits for the awaited value.
const tla = await import(path.join(fixtures, 'imports-tla.mjs'));
assert.strictEqual(tla.value, 'after');

// The "import" condition of package exports; a CommonJS package through "main".
const pkgs = await import(path.join(fixtures, 'import-packages.mjs'));
assert.strictEqual(pkgs.which, 'import');
assert.strictEqual(pkgs.pkg, 'cjs-pkg');
