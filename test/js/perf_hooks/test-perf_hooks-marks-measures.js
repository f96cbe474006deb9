'use strict';
// performance.mark/measure, the timeline getters and clearing, and their errors.
const assert = require('assert');
const { performance, PerformanceMark, PerformanceMeasure, PerformanceEntry } =
  require('perf_hooks');

assert.strictEqual(globalThis.performance, performance);
assert.strictEqual(typeof PerformanceMark, 'function');

const a = performance.mark('a', { detail: { x: 1 } });
assert.ok(a instanceof PerformanceMark);
assert.ok(a instanceof PerformanceEntry);
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.duration, 0);
assert.deepStrictEqual(a.detail, { x: 1 });
assert.ok(a.startTime > 0 && a.startTime <= performance.now());

// detail is cloned
const detail = { y: 2 };
const b = performance.mark('b', { detail, startTime: 5 });
assert.notStrictEqual(b.detail, detail);
assert.deepStrictEqual(b.detail, { y: 2 });
assert.strictEqual(b.startTime, 5);
assert.strictEqual(performance.mark('c').detail, null);

// A user-constructed mark is not in the timeline.
const own = new PerformanceMark('own', { startTime: 1 });
assert.strictEqual(own.startTime, 1);
assert.deepStrictEqual(performance.getEntriesByName('own'), []);

// measure: between marks, from a mark to now, with options
const m1 = performance.measure('b-to-a', 'b', 'a');
assert.ok(m1 instanceof PerformanceMeasure);
assert.strictEqual(m1.entryType, 'measure');
assert.strictEqual(m1.startTime, 5);
assert.strictEqual(m1.duration, a.startTime - 5);
assert.strictEqual(m1.detail, null);

const m2 = performance.measure('from-b', 'b');
assert.strictEqual(m2.startTime, 5);
assert.ok(m2.duration >= a.startTime - 5);

const m3 = performance.measure('opts', { start: 10, duration: 20, detail: [1] });
assert.strictEqual(m3.startTime, 10);
assert.strictEqual(m3.duration, 20);
assert.deepStrictEqual(m3.detail, [1]);

const m4 = performance.measure('opts-end', { end: 'b', duration: 2 });
assert.strictEqual(m4.startTime, 3);
assert.strictEqual(m4.duration, 2);

const m5 = performance.measure('whole');
assert.strictEqual(m5.startTime, 0);

const m6 = performance.measure('from-start', { start: 'b', end: 30 });
assert.strictEqual(m6.duration, 25);

// nodeTiming milestones can be used as marks
const m7 = performance.measure('boot', 'nodeStart', 'bootstrapComplete');
assert.strictEqual(m7.duration,
                   performance.nodeTiming.bootstrapComplete - performance.nodeTiming.nodeStart);

// timeline getters
const all = performance.getEntries();
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name).sort(),
                       ['a', 'b', 'c']);
assert.strictEqual(performance.getEntriesByType('measure').length, 7);
assert.deepStrictEqual(performance.getEntriesByName('a'), [a]);
assert.deepStrictEqual(performance.getEntriesByName('a', 'measure'), []);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);

// errors
// Node throws a DOMException here (not an ERR_INVALID_PERFORMANCE_MARK Node error).
assert.throws(() => performance.measure('x', 'nope'), {
  code: 12,
  name: 'SyntaxError',
  constructor: DOMException,
  message: 'The "nope" performance mark has not been set',
});
assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS', name: 'TypeError' });
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', { startTime: 'a' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('loopStart'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => performance.measure('x', { start: 1 }, 'a'),
              { code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS' });
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 1 }),
              { code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS' });
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

// clearing
performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByName('a'), []);
assert.throws(() => performance.measure('x', 'a'), { name: 'SyntaxError' });
performance.clearMeasures('whole');
assert.strictEqual(performance.getEntriesByType('measure').length, 6);
performance.clearMeasures();
performance.clearMarks();
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntries(), []);

// toJSON
const json = a.toJSON();
assert.deepStrictEqual(Object.keys(json), ['name', 'entryType', 'startTime', 'duration', 'detail']);
const pj = performance.toJSON();
assert.strictEqual(pj.timeOrigin, performance.timeOrigin);
assert.strictEqual(typeof pj.nodeTiming, 'object');
assert.deepStrictEqual(Object.keys(pj.eventLoopUtilization), ['idle', 'active', 'utilization']);
