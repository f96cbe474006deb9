// node: built-ins as modules: default = module.exports, every own key a named export, and
// module.syncBuiltinESMExports() refreshes the named exports from module.exports.
import assert from 'assert';
import path from 'path';
import fs from 'fs';
import events from 'events';
import module_ from 'module';
const fixtures = path.join(import.meta.dirname, '../../fixtures/modules/esm');

const ns = await import(path.join(fixtures, 'builtins.mjs'));
assert.strictEqual(ns.fs, fs);
assert.strictEqual(ns.readFileSync, fs.readFileSync);
assert.strictEqual(ns.pathNs.default, path);
assert.strictEqual(ns.pathNs.join, path.join);
assert.strictEqual(ns.EventEmitter, events.EventEmitter);
assert.strictEqual(ns.events, events);
assert.strictEqual(await import('node:fs'), await import('fs'));

const fsNs = await import('node:fs');
const original = fs.readFileSync;
const replacement = () => 'replaced';
fs.readFileSync = replacement;
assert.strictEqual(fsNs.readFileSync, original);  // not yet synced
module_.syncBuiltinESMExports();
assert.strictEqual(fsNs.readFileSync, replacement);
assert.strictEqual(ns.readFileSync, replacement);  // the importer's binding is live
fs.readFileSync = original;
module_.syncBuiltinESMExports();
assert.strictEqual(fsNs.readFileSync, original);
// A key added later is not a new export (the export names are fixed at first import).
fs.addedLater = 1;
module_.syncBuiltinESMExports();
assert.strictEqual('addedLater' in fsNs, false);
delete fs.addedLater;

await assert.rejects(import('node:no-such-module'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-module',
});
