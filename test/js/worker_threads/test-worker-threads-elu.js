'use strict';
// worker.performance.eventLoopUtilization(): zeros before the worker's loop runs, then idle and
// active time of that loop (a worker busy for 100 ms has that much active time, and a higher
// utilization than while it waited on a timer), deltas from an earlier reading, zeros after exit.
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'busy') {
      const end = Date.now() + 100;
      while (Date.now() < end);
      parentPort.postMessage('done');
    } else {
      parentPort.close();
    }
  });
  parentPort.postMessage('up');
`, { eval: true });
const elu = () => w.performance.eventLoopUtilization();
assert.deepStrictEqual(Object.keys(elu()).sort(), ['active', 'idle', 'utilization']);

w.once('message', () => {
  setTimeout(() => {
    const idleFirst = elu();
    assert.ok(idleFirst.idle > 0, `idle ${idleFirst.idle}`);
    w.postMessage('busy');
    w.once('message', () => {
      const delta = w.performance.eventLoopUtilization(idleFirst);
      assert.ok(delta.active >= 80, `active ${delta.active}`);
      // The delta also counts the worker's idle wait for the message (long on a loaded machine):
      // its utilization is the active share, and above the idle stretch's.
      assert.ok(Math.abs(delta.utilization - delta.active / (delta.active + delta.idle)) < 1e-9);
      assert.ok(delta.utilization > idleFirst.utilization,
                `utilization ${delta.utilization} after ${idleFirst.utilization}`);
      const between = w.performance.eventLoopUtilization(elu(), idleFirst);
      assert.ok(between.active >= 80);
      w.postMessage('bye');
    });
  }, 100);
});
w.on('exit', () => {
  assert.deepStrictEqual(elu(), { idle: 0, active: 0, utilization: 0 });
  console.log('ok');
});
