'use strict';
// monitorEventLoopDelay(): a 50 ms block shows in the histogram's max (nanoseconds).
const assert = require('assert');
const { monitorEventLoopDelay } = require('perf_hooks');

assert.throws(() => monitorEventLoopDelay(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });

const h = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(typeof h.record, 'undefined');  // not a RecordableHistogram
assert.strictEqual(h.enable(), true);
assert.strictEqual(h.enable(), false);

// The monitor does not keep the process alive: this timer does.
setTimeout(() => {
  const until = Date.now() + 50;
  while (Date.now() < until);  // block the loop for 50 ms
  setTimeout(() => {
    assert.strictEqual(h.disable(), true);
    assert.strictEqual(h.disable(), false);
    assert.ok(h.count > 5, `count ${h.count}`);
    assert.ok(h.max >= 50e6, `max ${h.max}`);
    assert.ok(h.min >= 1e6, `min ${h.min}`);
    assert.ok(h.percentile(50) < 50e6);
    const count = h.count;
    setTimeout(() => {
      assert.strictEqual(h.count, count);  // disabled: no more samples
      h.reset();
      assert.strictEqual(h.count, 0);
    }, 30);
  }, 50);
}, 50);
