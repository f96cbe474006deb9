'use strict';
// createHistogram(): recording, statistics and percentiles against known data, add, reset,
// BigInt variants and errors.
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854775807);
assert.strictEqual(h.minBigInt, 9223372036854775807n);
assert.strictEqual(h.max, 0);
assert.ok(Number.isNaN(h.mean));
assert.ok(Number.isNaN(h.stddev));
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);

for (let v = 1; v <= 10; v++) h.record(v);
assert.strictEqual(h.count, 10);
assert.strictEqual(h.countBigInt, 10n);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 10);
assert.strictEqual(h.maxBigInt, 10n);
assert.strictEqual(h.mean, 5.5);
assert.strictEqual(h.stddev, Math.sqrt(8.25));
assert.strictEqual(h.exceeds, 0);
assert.strictEqual(h.exceedsBigInt, 0n);
assert.strictEqual(h.percentile(50), 5);
assert.strictEqual(h.percentile(90), 9);
assert.strictEqual(h.percentile(100), 10);
assert.strictEqual(h.percentileBigInt(10), 1n);
assert.deepStrictEqual([...h.percentiles],
                       [[0, 1], [50, 5], [75, 8], [87.5, 9], [93.75, 10], [100, 10]]);
assert.deepStrictEqual([...h.percentilesBigInt][1], [50, 5n]);
assert.deepStrictEqual(h.toJSON(), {
  count: 10, min: 1, max: 10, mean: 5.5, exceeds: 0, stddev: Math.sqrt(8.25),
  percentiles: { 0: 1, 50: 5, 75: 8, 87.5: 9, 93.75: 10, 100: 10 },
});

// Large values land in buckets 1/1000 of their size wide (3 significant figures), reported by
// bucket bounds like Node's HdrHistogram.
const g = createHistogram();
for (let i = 1; i <= 5000; i += 7) g.record(i * 1000);
assert.strictEqual(g.min, 1000);
assert.strictEqual(g.max, 5001215);
assert.strictEqual(g.percentile(50), 2500607);
assert.strictEqual(g.percentile(99), 4952063);
assert.deepStrictEqual([...g.percentiles.keys()],
                       [0, 50, 75, 87.5, 93.75, 96.875, 98.4375, 99.21875, 99.609375,
                        99.8046875, 99.90234375, 100]);
assert.strictEqual(g.percentiles.get(50), 2498560);
assert.strictEqual(g.percentiles.get(100), 4997120);

// record accepts bigint; add merges; reset empties.
const other = createHistogram();
other.record(100n);
other.record(200);
h.add(other);
assert.strictEqual(h.count, 12);
assert.strictEqual(h.max, 200);
h.reset();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.max, 0);

// recordDelta records the time between calls, in nanoseconds.
const d = createHistogram();
d.recordDelta();
const until = Date.now() + 5;
while (Date.now() < until);
d.recordDelta();
assert.strictEqual(d.count, 1);
assert.ok(d.min >= 4e6, `${d.min}`);

// A value above `highest` is not recorded but counted in exceeds.
const small = createHistogram({ lowest: 1, highest: 1000, figures: 1 });
small.record(5000);
assert.strictEqual(small.count, 0);
assert.strictEqual(small.exceeds, 1);

// errors
assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.record('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => h.percentile(101), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.add({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ lowest: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram({ lowest: 10, highest: 15 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => createHistogram({ figures: 6 }), { code: 'ERR_OUT_OF_RANGE' });

// inspect
const { inspect } = require('util');
const shown = inspect(createHistogram());
assert.match(shown, /^Histogram \{\n {2}min: 9223372036854776000,\n {2}max: 0,/);

const { get: countGetter } = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Object.getPrototypeOf(h)), 'count');
assert.throws(() => countGetter.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => h.record.call({}, 1), { code: 'ERR_INVALID_THIS' });
