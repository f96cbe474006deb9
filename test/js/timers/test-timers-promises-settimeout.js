'use strict';
// timers/promises setTimeout and setImmediate resolve with the given value, after the delay /
// in the check phase.

const assert = require('assert');
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate } = timersPromises;

assert.strictEqual(require('node:timers/promises'), timersPromises);
assert.strictEqual(require('timers').promises, timersPromises);

let done = 0;
(async () => {
  const start = Date.now();
  assert.strictEqual(await sleep(10, 'value'), 'value');
  assert.ok(Date.now() - start >= 9);
  assert.strictEqual(await immediate('imm'), 'imm');
  assert.strictEqual(await sleep(1), undefined);
  // Here we run in the timers phase (right after the timer above): an immediate queued now runs
  // in this iteration's check phase, a new timer in a later iteration.
  const order = [];
  await Promise.all([
    sleep(1).then(() => order.push('timeout')),
    immediate().then(() => order.push('immediate')),
  ]);
  assert.deepStrictEqual(order, ['immediate', 'timeout']);
  done++;
})();

process.on('exit', () => assert.strictEqual(done, 1));
