'use strict';
// Worker threads: start-up latency (new Worker → its first message → terminate(), 50 times one
// after another), 100,000 small message round trips (parent → worker → parent, one in flight),
// and 1,000 round trips of a 1 MiB ArrayBuffer transferred each way. Run under build/tide and
// node and compare; prints one line per figure.
const { Worker } = require('worker_threads');

const echo = `
const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m instanceof ArrayBuffer) parentPort.postMessage(m, [m]);
  else parentPort.postMessage(m);
});
parentPort.postMessage('ready');
`;

function startOnce() {
  return new Promise((resolve, reject) => {
    const w = new Worker("require('worker_threads').parentPort.postMessage('up')", { eval: true });
    w.once('message', () => w.terminate().then(resolve));
    w.once('error', reject);
  });
}

function roundTrips(worker, count, make) {
  return new Promise((resolve) => {
    let left = count;
    worker.on('message', function onMessage(m) {
      if (--left === 0) {
        worker.off('message', onMessage);
        resolve();
        return;
      }
      const next = make(m);
      worker.postMessage(next, next instanceof ArrayBuffer ? [next] : undefined);
    });
    const first = make(null);
    worker.postMessage(first, first instanceof ArrayBuffer ? [first] : undefined);
  });
}

function time(label, start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`worker ${label} ms: ${ms.toFixed(1)}`);
}

(async () => {
  await startOnce();  // warm-up
  let start = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) await startOnce();
  time('startup50', start);

  const worker = new Worker(echo, { eval: true });
  await new Promise((resolve) => worker.once('message', resolve));
  start = process.hrtime.bigint();
  await roundTrips(worker, 100000, () => ({ n: 1, s: 'x' }));
  time('roundtrip100k', start);

  start = process.hrtime.bigint();
  let buffer = new ArrayBuffer(1024 * 1024);
  await roundTrips(worker, 1000, (m) => (m instanceof ArrayBuffer ? m : buffer));
  time('transfer1MiB1000', start);
  await worker.terminate();
})();
