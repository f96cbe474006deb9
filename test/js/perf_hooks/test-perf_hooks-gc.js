'use strict';
// 'gc' entries: a forced collection (--expose-gc) is reported to a 'gc' observer with its kind.
const assert = require('assert');
const { PerformanceObserver, constants } = require('perf_hooks');

const kinds = [constants.NODE_PERFORMANCE_GC_MAJOR, constants.NODE_PERFORMANCE_GC_MINOR,
  constants.NODE_PERFORMANCE_GC_INCREMENTAL, constants.NODE_PERFORMANCE_GC_WEAKCB];

const obs = new PerformanceObserver((list) => {
  const entries = list.getEntries();
  assert.ok(entries.length >= 1);
  for (const e of entries) {
    assert.strictEqual(e.name, 'gc');
    assert.strictEqual(e.entryType, 'gc');
    assert.ok(e.startTime > 0);
    assert.ok(e.duration >= 0);
    assert.ok(kinds.includes(e.detail.kind), `kind ${e.detail.kind}`);
    assert.strictEqual(typeof e.detail.flags, 'number');
  }
  assert.ok(entries.some((e) => e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR));
  obs.disconnect();
  clearTimeout(guard);
});
obs.observe({ entryTypes: ['gc'] });
globalThis.gc();
const guard = setTimeout(() => assert.fail('no gc entry delivered'), 5000);
