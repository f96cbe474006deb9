// Importing CommonJS: default = module.exports, named exports found statically (cjs-module-lexer),
// reexports followed, __esModule files keep module.exports as the default (Node 22), names the
// lexer cannot see only through the default, and Node's hint for a missing named export.
import assert from 'assert';
import path from 'path';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');

const ns = await import(path.join(fixtures, 'import-cjs.mjs'));
const cjs = require(path.join(fixtures, 'cjs-exports.cjs'));
assert.strictEqual(ns.def, cjs);  // the same module.exports: one CommonJS instance
assert.strictEqual(ns.named, 'named');
assert.strictEqual(ns.fn(), 'fn');
assert.strictEqual(ns.other, 42);
assert.strictEqual(ns.ns.default, cjs);  // exports.default does not replace the default export
// Node 22's names (Node 23+ adds a 'module.exports' export).
assert.deepStrictEqual(Object.keys(ns.ns).sort(),
  ['default', 'fn', 'named', 'other']);
assert.strictEqual(ns.re, cjs);
assert.strictEqual(ns.reNamed, 'named');
assert.strictEqual(ns.esm.default, 'transpiled default');
assert.strictEqual(ns.esm.x, 1);
assert.strictEqual(ns.x, 1);
assert.strictEqual(ns.esmNs.__esModule, true);
assert.strictEqual(ns.dyn.hidden, true);
assert.strictEqual('hidden' in ns.dynNs, false);
assert.strictEqual(ns.dynNs.visible, 1);
assert.strictEqual(ns.callable(), 'called');
assert.strictEqual(ns.prop, 'prop');

await assert.rejects(import(path.join(fixtures, 'missing-cjs-export.mjs')), {
  name: 'SyntaxError',
  message: "Named export 'nope' not found. The requested module './cjs-exports.cjs' is a " +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n\n' +
    "import pkg from './cjs-exports.cjs';\nconst { nope } = pkg;\n",
});
await assert.rejects(import(path.join(fixtures, 'missing-esm-export.mjs')), {
  name: 'SyntaxError',
  message: "The requested module './counter.mjs' does not provide an export named 'nope'",
});

// `export *` re-exports a CommonJS module's named exports (never its default; Node 23+ also has
// 'module.exports').
const star = await import(path.join(fixtures, 'star-from-cjs.mjs'));
assert.deepStrictEqual(Object.keys(star).sort(), ['fn', 'named', 'other']);
assert.strictEqual(star.named, 'named');
