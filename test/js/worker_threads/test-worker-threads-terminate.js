'use strict';
// terminate() stops a busy worker (TerminateExecution) and resolves with exit code 1;
// process.exit(n) in a worker ends only the worker, with n; terminate() after the end resolves.
const assert = require('assert');
const { Worker } = require('worker_threads');

(async () => {
  const busy = new Worker('require("worker_threads").parentPort.postMessage("spin"); while (true) {}',
                          { eval: true });
  await new Promise((resolve) => busy.once('message', resolve));
  let exited = false;
  busy.on('exit', (code) => {
    assert.strictEqual(code, 1);
    exited = true;
  });
  assert.strictEqual(await busy.terminate(), 1);
  assert.ok(exited);
  assert.strictEqual(await busy.terminate(), undefined);

  // Terminated before it even started running its script: 0 when the thread had not started its
  // Environment yet, as Node, else 1 (a race in both runtimes).
  const early = new Worker('setInterval(() => {}, 1000)', { eval: true });
  assert.ok([0, 1].includes(await early.terminate()));

  const exiting = new Worker(`
    process.on('exit', (code) => require('worker_threads').parentPort.postMessage('exit ' + code));
    setTimeout(() => process.exit(7), 10);
    setInterval(() => {}, 1000);
  `, { eval: true });
  const messages = [];
  exiting.on('message', (m) => messages.push(m));
  const code = await new Promise((resolve) => exiting.on('exit', resolve));
  assert.strictEqual(code, 7);
  assert.deepStrictEqual(messages, ['exit 7']);

  // A waiting Atomics.wait is interrupted too.
  const waiting = new Worker(`
    require('worker_threads').parentPort.postMessage('waiting');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  `, { eval: true });
  await new Promise((resolve) => waiting.once('message', resolve));
  assert.strictEqual(await waiting.terminate(), 1);
  console.log('ok');
})();
