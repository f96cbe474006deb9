'use strict';
// v8.GCProfiler records each garbage collection between start() and stop(), in Node's shape.
const assert = require('assert');
const v8 = require('v8');

const profiler = new v8.GCProfiler();
assert.strictEqual(profiler.stop(), undefined);  // not started
const before = Date.now();
profiler.start();
profiler.start();  // already started: nothing happens
globalThis.gc();
const result = profiler.stop();
const after = Date.now();
assert.strictEqual(profiler.stop(), undefined);

assert.deepStrictEqual(Object.keys(result), ['version', 'startTime', 'statistics', 'endTime']);
assert.strictEqual(result.version, 1);
assert.ok(result.startTime >= before && result.startTime <= result.endTime);
assert.ok(result.endTime <= after);
assert.ok(result.statistics.length >= 1);
const full = result.statistics.find((s) => s.gcType === 'MarkSweepCompact');
assert.ok(full, 'gc() ran a full collection');
for (const entry of result.statistics) {
  assert.deepStrictEqual(Object.keys(entry), ['gcType', 'beforeGC', 'cost', 'afterGC']);
  assert.ok(['Scavenge', 'MinorMarkCompact', 'MarkSweepCompact', 'IncrementalMarking',
             'ProcessWeakCallbacks'].includes(entry.gcType), entry.gcType);
  assert.strictEqual(typeof entry.cost, 'number');
  assert.ok(entry.cost >= 0);
  for (const stats of [entry.beforeGC, entry.afterGC]) {
    assert.deepStrictEqual(Object.keys(stats), ['heapStatistics', 'heapSpaceStatistics']);
    assert.deepStrictEqual(Object.keys(stats.heapStatistics), [
      'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
      'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
      'mallocedMemory', 'externalMemory', 'peakMallocedMemory',
    ]);
    assert.ok(stats.heapSpaceStatistics.length > 0);
    assert.deepStrictEqual(Object.keys(stats.heapSpaceStatistics[0]), [
      'spaceName', 'spaceSize', 'spaceUsedSize', 'spaceAvailableSize', 'physicalSpaceSize',
    ]);
  }
}

// Collections after stop() are not recorded; a restart starts a fresh list.
globalThis.gc();
profiler.start();
const again = profiler.stop();
assert.ok(again.statistics.every((s) => s.gcType !== 'MarkSweepCompact'));
