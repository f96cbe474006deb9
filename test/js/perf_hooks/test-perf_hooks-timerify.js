'use strict';
// performance.timerify(): 'function' entries, the histogram option, constructors, promises.
const assert = require('assert');
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');

function add(a, b) { return a + b; }
const histogram = createHistogram();
const timed = performance.timerify(add, { histogram });
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.notStrictEqual(performance.timerify(add), timed);  // a new wrapper each time

class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);

const entries = [];
const obs = new PerformanceObserver((list) => {
  entries.push(...list.getEntries());
  if (entries.length < 3) return;
  obs.disconnect();
  assert.deepStrictEqual(entries.map((e) => e.name), ['add', 'Point', 'later']);
  for (const e of entries) {
    assert.strictEqual(e.entryType, 'function');
    assert.ok(e.duration >= 0);
  }
  assert.deepStrictEqual(entries[0].detail, [1, 2]);
  assert.ok(entries[2].duration >= 15, `${entries[2].duration}`);
  assert.strictEqual(histogram.count, 1);
  assert.ok(histogram.min >= 1);
});
obs.observe({ entryTypes: ['function'] });

assert.strictEqual(timed(1, 2), 3);
const p = new TimedPoint(4);
assert.ok(p instanceof Point);
assert.strictEqual(p.x, 4);

async function later() { await new Promise((r) => setTimeout(r, 20)); return 'done'; }
performance.timerify(later)().then((v) => assert.strictEqual(v, 'done'));

// Function entries are not kept in the timeline.
assert.deepStrictEqual(performance.getEntriesByType('function'), []);

assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(add, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(add, { histogram: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /"options\.histogram" property must be an instance of RecordableHistogram/,
});
