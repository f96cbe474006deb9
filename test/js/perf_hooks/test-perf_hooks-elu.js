'use strict';
// performance.eventLoopUtilization(): 0 before the loop starts, near 1 while the loop is busy,
// near 0 while it sleeps in a timer; the delta forms.
const assert = require('assert');
const { performance } = require('perf_hooks');

// During the main script the loop has not started.
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.nodeTiming.loopStart, -1);

setTimeout(() => {
  assert.ok(performance.nodeTiming.loopStart > 0);
  // Idle: the loop waits 200 ms for a timer.
  const idleStart = performance.eventLoopUtilization();
  setTimeout(() => {
    const idle = performance.eventLoopUtilization(idleStart);
    assert.ok(idle.utilization < 0.2, `idle utilization ${idle.utilization}`);
    assert.ok(idle.idle > 150, `idle ${idle.idle}`);

    // Busy: 200 ms of spinning in this callback, then measure in the next one.
    const busyStart = performance.eventLoopUtilization();
    const until = performance.now() + 200;
    while (performance.now() < until);
    setImmediate(() => {
      const busy = performance.eventLoopUtilization(busyStart);
      assert.ok(busy.utilization > 0.8, `busy utilization ${busy.utilization}`);
      assert.ok(busy.active >= 190, `active ${busy.active}`);

      // Two-argument form: the difference of two readings.
      const a = performance.eventLoopUtilization();
      const b = performance.eventLoopUtilization();
      const diff = performance.eventLoopUtilization(b, a);
      assert.strictEqual(diff.idle, b.idle - a.idle);
      assert.strictEqual(diff.active, b.active - a.active);

      const t = performance.nodeTiming;
      assert.strictEqual(t.name, 'node');
      assert.strictEqual(t.entryType, 'node');
      assert.ok(t.idleTime > 150);
      assert.strictEqual(t.loopExit, -1);
      assert.ok(t.environment <= t.bootstrapComplete && t.bootstrapComplete <= t.loopStart);
      assert.ok(t.nodeStart <= t.v8Start);
    });
  }, 200);
}, 1);
