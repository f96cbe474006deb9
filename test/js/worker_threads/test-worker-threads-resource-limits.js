'use strict';
// resourceLimits: reported as given, and a worker that outgrows maxOldGenerationSizeMb is
// stopped with ERR_WORKER_OUT_OF_MEMORY (the parent lives on).
const assert = require('assert');
const { Worker, resourceLimits } = require('worker_threads');

assert.deepStrictEqual(resourceLimits, {});
const limits = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 };
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
  const keep = [];
  while (true) keep.push(new Array(1e5).fill(keep.length));
`, { eval: true, resourceLimits: limits });
assert.deepStrictEqual(w.resourceLimits, {
  maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 16, codeRangeSizeMb: -1, stackSizeMb: 4,
});
let error;
w.on('message', (m) => {
  assert.strictEqual(m.maxOldGenerationSizeMb, 16);
});
w.on('error', (e) => { error = e; });
w.on('exit', (code) => {
  assert.strictEqual(code, 1);
  assert.strictEqual(error.code, 'ERR_WORKER_OUT_OF_MEMORY');
  assert.strictEqual(error.message,
                     'Worker terminated due to reaching memory limit: JS heap out of memory');
  assert.deepStrictEqual(w.resourceLimits, {});
  console.log('ok');
});
