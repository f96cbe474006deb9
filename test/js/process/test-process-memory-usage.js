'use strict';
// process.memoryUsage() returns Node's five fields as non-negative numbers; rss() alone too.

const assert = require('assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage).sort(),
                       ['arrayBuffers', 'external', 'heapTotal', 'heapUsed', 'rss']);
for (const [k, v] of Object.entries(usage)) {
  assert.strictEqual(typeof v, 'number', k);
  assert.ok(Number.isInteger(v) && v >= 0, k);
}
assert.ok(usage.rss > 0);
assert.ok(usage.heapUsed > 0 && usage.heapUsed <= usage.heapTotal);
const rss = process.memoryUsage.rss();
assert.ok(Number.isInteger(rss) && rss > 0);
