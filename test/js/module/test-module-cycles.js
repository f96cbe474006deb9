'use strict';
// Cycles: a module required while it is still loading gives its partial exports; reading a
// property those exports lack warns, as Node does.
const assert = require('assert');
const path = require('path');

const cycle = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'cycle');

const a = require(path.join(cycle, 'a.js'));
// b saw a's exports as they were when b ran: 'early' set, 'done' not yet.
assert.deepStrictEqual(a.fromB, { early: 'a-early', done: undefined });
assert.strictEqual(a.done, true);
// The finished exports object is an ordinary object again.
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
const bModule = require.cache[path.join(cycle, 'b.js')];
assert.strictEqual(bModule.exports.loadedA, false);
assert.strictEqual(bModule.parent, require.cache[path.join(cycle, 'a.js')]);
assert.ok(bModule.children.includes(require.cache[path.join(cycle, 'a.js')]));

const warnings = [];
process.on('warning', (w) => warnings.push(w));
require(path.join(cycle, 'warn-a.js'));
process.on('exit', () => {
  // b.js read a.done too (warnings are emitted on the next tick, so both arrive here).
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.message]), [
    ['Warning', "Accessing non-existent property 'done' of module exports inside circular " +
     'dependency'],
    ['Warning', "Accessing non-existent property 'missingProperty' of module exports inside " +
     'circular dependency'],
  ]);
});
