'use strict';
// util.inspect of perf_hooks objects, as Node prints them.
const assert = require('assert');
const { inspect } = require('util');
const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');

const mark = performance.mark('x', { startTime: 1, detail: { a: 1 } });
assert.strictEqual(inspect(mark),
                   "PerformanceMark {\n  name: 'x',\n  entryType: 'mark',\n  startTime: 1,\n" +
                   '  duration: 0,\n  detail: { a: 1 }\n}');
const measure = performance.measure('m', { start: 1, end: 3 });
assert.strictEqual(inspect(measure),
                   "PerformanceMeasure {\n  name: 'm',\n  entryType: 'measure',\n  startTime: 1,\n" +
                   '  duration: 2,\n  detail: null\n}');
assert.strictEqual(inspect([mark], { depth: 0 }), '[ [PerformanceMark] ]');

const o = new PerformanceObserver(() => {});
o.observe({ entryTypes: ['mark'] });
performance.mark('y', { startTime: 2 });
assert.strictEqual(inspect(o, { breakLength: Infinity }),
                   "PerformanceObserver { connected: true, pending: true, entryTypes: [ 'mark' ], " +
                   'buffer: [ [PerformanceMark] ] }');
o.disconnect();

assert.match(inspect(performance.nodeTiming),
             /^PerformanceNodeTiming \{\n {2}name: 'node',\n {2}entryType: 'node',\n {2}startTime: 0,/);
assert.match(inspect(performance), /^Performance \{\n {2}nodeTiming: PerformanceNodeTiming \{/);

const h = createHistogram();
h.record(3);
assert.strictEqual(inspect(h, { breakLength: Infinity }).replace('SafeMap(2) [Map]', 'Map(2)'),
                   'Histogram { min: 3, max: 3, mean: 3, exceeds: 0, stddev: 0, count: 1, ' +
                   'percentiles: Map(2) { 0 => 3, 100 => 3 } }');
