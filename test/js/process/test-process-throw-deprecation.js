'use strict';
// With --throw-deprecation (test-process-throw-deprecation.args) a DeprecationWarning is thrown,
// not printed: on the next tick, after the 'warning' events of earlier warnings, so emitWarning
// itself returns normally. Other warnings are unaffected.

const assert = require('assert');

assert.strictEqual(process.throwDeprecation, true);
const events = [];
process.on('warning', (w) => events.push(`warning: ${w.name}: ${w.message}`));
process.on('uncaughtException', (err) => {
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(err.code, 'DEP0999');
  events.push(`thrown: ${err.message}`);
});
process.on('exit', () => {
  assert.deepStrictEqual(events, ['returned', 'warning: Warning: plain first', 'thrown: old API']);
});
process.emitWarning('plain first');
assert.strictEqual(process.emitWarning('old API', 'DeprecationWarning', 'DEP0999'), undefined);
events.push('returned');
