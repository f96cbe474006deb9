'use strict';
// SharedArrayBuffer is shared, not copied; Atomics.wait in the worker is woken by Atomics.notify
// from the main thread, and writes are seen both ways.
const assert = require('assert');
const { Worker } = require('worker_threads');

const sab = new SharedArrayBuffer(16);
const ints = new Int32Array(sab);
const worker = new Worker(`
  const { workerData, parentPort } = require('worker_threads');
  const ints = new Int32Array(workerData.sab);
  parentPort.postMessage('ready');
  const result = Atomics.wait(ints, 0, 0);
  ints[1] = 42;
  Atomics.add(ints, 2, 5);
  parentPort.postMessage(result);
`, { eval: true, workerData: { sab } });

worker.once('message', (m) => {
  assert.strictEqual(m, 'ready');
  setTimeout(() => {
    Atomics.store(ints, 0, 1);
    Atomics.notify(ints, 0);
  }, 20);
  worker.once('message', (result) => {
    assert.strictEqual(result, 'ok');
    assert.strictEqual(ints[1], 42);
    assert.strictEqual(Atomics.load(ints, 2), 5);
    console.log('ok');
  });
});
