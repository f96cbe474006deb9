'use strict';
// A worker from eval source: workerData, parentPort both ways, isMainThread/threadId, argv, and
// the events in order: online, message(s), exit 0.
const assert = require('assert');
const { Worker, isMainThread, threadId, parentPort, workerData } = require('worker_threads');

assert.strictEqual(isMainThread, true);
assert.strictEqual(threadId, 0);
assert.strictEqual(parentPort, null);
assert.strictEqual(workerData, null);

const events = [];
const w = new Worker(`
  const { parentPort, workerData, isMainThread, threadId } = require('worker_threads');
  parentPort.postMessage({ workerData, isMainThread, threadId, argv: process.argv.slice(1) });
  parentPort.on('message', (m) => {
    if (m === 'bye') return parentPort.close();
    parentPort.postMessage({ twice: m * 2 });
  });
`, { eval: true, workerData: { list: [1, 2], map: new Map([['k', 'v']]) }, argv: ['a', 2] });
assert.strictEqual(typeof w.threadId, 'number');
assert.ok(w.threadId > 0);
const id = w.threadId;
w.on('online', () => events.push('online'));
w.on('message', (m) => {
  events.push(m);
  if (m.twice === 6) w.postMessage('bye');
});
w.on('error', assert.fail);
w.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(events[0], 'online');
  assert.deepStrictEqual(events[1], {
    workerData: { list: [1, 2], map: new Map([['k', 'v']]) },
    isMainThread: false,
    threadId: id,
    argv: ['[worker eval]', 'a', '2'],
  });
  assert.deepStrictEqual(events.slice(2), [{ twice: 2 }, { twice: 4 }, { twice: 6 }]);
  assert.strictEqual(w.threadId, -1);
  console.log('ok');
});
w.postMessage(1);
w.postMessage(2);
w.postMessage(3);
