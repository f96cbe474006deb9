'use strict';
// The process ends when its main thread does, whatever its workers are doing: process.exit()
// with a busy worker, an uncaught exception with a worker waiting in Atomics.wait, and the end of
// the main script with an unref'd worker. Each child is another tide (or node) running -e code.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(source) {
  const started = Date.now();
  const result = spawnSync(process.execPath, ['-e', source], { encoding: 'utf8', timeout: 10000 });
  return { ...result, ms: Date.now() - started };
}

const spin = 'new (require("worker_threads").Worker)("while (true) {}", { eval: true })';
let r = run(`${spin}; setTimeout(() => process.exit(3), 50);`);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);

const wait = 'new (require("worker_threads").Worker)(' +
  '"Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)", { eval: true })';
r = run(`${wait}; setTimeout(() => { throw new Error("main failed"); }, 50);`);
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: main failed/);

r = run(`const w = ${spin}; w.unref(); w.on('online', () => console.log('online'));`);
assert.strictEqual(r.status, 0);
console.log('ok');
