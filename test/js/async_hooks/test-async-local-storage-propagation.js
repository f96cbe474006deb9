'use strict';
// AsyncLocalStorage stores follow the code: through await/then (V8 carries the frame with promise
// reactions), process.nextTick, queueMicrotask, setTimeout, setImmediate, fs promises and
// AsyncResource; run/exit/enterWith scope as Node's; callbacks from the loop start without a store.
const assert = require('assert');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const out = [];
als.run({ id: 1 }, async () => {
  out.push(['sync', als.getStore()?.id]);
  await null;
  out.push(['await', als.getStore()?.id]);
  setTimeout(() => out.push(['timeout', als.getStore()?.id]), 1);
  setImmediate(() => out.push(['immediate', als.getStore()?.id]));
  process.nextTick(() => out.push(['tick', als.getStore()?.id]));
  queueMicrotask(() => out.push(['microtask', als.getStore()?.id]));
  Promise.resolve().then(() => out.push(['then', als.getStore()?.id]));
  await new Promise((r) => setTimeout(r, 5));
  out.push(['after timer await', als.getStore()?.id]);
  require('fs').promises.readFile(__filename).then(() => out.push(['fs promise', als.getStore()?.id]));
});
out.push(['outside', als.getStore()]);
als.run(2, () => { als.exit(() => out.push(['exit', als.getStore()])); });
const r = als.run(3, () => new AsyncResource('X'));
setTimeout(() => {
  r.runInAsyncScope(() => out.push(['resource', als.getStore()]));
  out.push(['timer outside', als.getStore()]);
  als.enterWith(9);
  out.push(['enterWith', als.getStore()]);
}, 20);
setTimeout(() => out.push(['next timer', als.getStore()]), 40);
// Checked at exit, when everything has run however slow the machine is. A 1 ms timer and an
// immediate queued together may run in either order (as in Node).
process.on('exit', () => {
  const sorted = (list) => list.map((entry) => JSON.stringify(entry)).sort();
  assert.deepStrictEqual(sorted(out), sorted([['sync', 1], ['outside', undefined],
    ['exit', undefined], ['await', 1], ['microtask', 1], ['then', 1], ['tick', 1], ['timeout', 1],
    ['immediate', 1], ['after timer await', 1], ['fs promise', 1], ['resource', 3],
    ['timer outside', undefined], ['enterWith', 9], ['next timer', undefined]]));
  assert.deepStrictEqual(out.slice(0, 6).map((entry) => entry[0]),
    ['sync', 'outside', 'exit', 'await', 'microtask', 'then']);
});
