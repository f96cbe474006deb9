// tide demo: the event loop at work. Run with `make demo` (or build/tide examples/demo.js).
// It shows the order Node guarantees: synchronous code, then process.nextTick, then promise
// microtasks, then timers and immediates — and an asynchronous file read whose callback arrives
// from libuv while a promise chain and timers interleave with it.
'use strict';

const start = performance.now();
const log = (what) => console.log(`${(performance.now() - start).toFixed(1).padStart(6)} ms  ${what}`);

log(`tide ${process.versions.tide} (Node.js API ${process.version}, V8 ${process.versions.v8}, libuv ${process.versions.uv})`);

setTimeout(() => log('setTimeout 0      (timers phase)'), 0);
setImmediate(() => log('setImmediate      (check phase)'));
Promise.resolve().then(() => log('promise .then     (microtask, after all ticks)'));
process.nextTick(() => log('process.nextTick  (before any microtask)'));
queueMicrotask(() => log('queueMicrotask    (microtask)'));

// A promise chain that waits on timers.
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  for (const ms of [10, 20, 30]) {
    await sleep(ms);
    log(`awaited ${ms} ms    (promise chain resumed by a timer)`);
  }
})();

// An asynchronous file read: the work runs on libuv's thread pool; its callback comes back through
// the poll phase, and inside an I/O callback an immediate always beats a timer.
require('fs').readFile(__filename, 'utf8', (err, text) => {
  if (err) throw err;
  log(`read ${text.length} characters of ${require('path').basename(__filename)} (I/O callback)`);
  setTimeout(() => log('  timeout queued in the I/O callback'), 0);
  setImmediate(() => log('  immediate queued in the I/O callback (always first here)'));
});

const interval = setInterval(() => log('setInterval tick'), 15);
setTimeout(() => {
  clearInterval(interval);
  log('interval cleared');
}, 50);

process.on('beforeExit', () => log("'beforeExit': the loop is empty"));
process.on('exit', (code) => log(`'exit' with code ${code}`));
log('end of the main script (synchronous code runs first)');
