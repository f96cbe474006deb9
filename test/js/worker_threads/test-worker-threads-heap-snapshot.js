'use strict';
// worker.getHeapSnapshot(): a Readable of the worker's own heap snapshot (JSON with the worker's
// objects in it); rejected with ERR_WORKER_NOT_RUNNING once the worker has ended.
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  class OnlyInTheWorker {}
  globalThis.keep = new OnlyInTheWorker();
  require('worker_threads').parentPort.postMessage('ready');
  setInterval(() => {}, 1000);
`, { eval: true });
assert.throws(() => w.getHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
w.once('message', async () => {
  const stream = await w.getHeapSnapshot();
  let json = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) json += chunk;
  const snapshot = JSON.parse(json);
  assert.ok(snapshot.snapshot.node_count > 0);
  assert.ok(snapshot.strings.includes('OnlyInTheWorker'));
  await w.terminate();
  await assert.rejects(w.getHeapSnapshot(), { code: 'ERR_WORKER_NOT_RUNNING' });
  console.log('ok');
});
