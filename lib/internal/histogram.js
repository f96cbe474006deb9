'use strict';
// Histograms of perf_hooks: createHistogram() → RecordableHistogram, monitorEventLoopDelay() →
// IntervalHistogram. The store is tide's own log-linear bucketing with the layout of an
// HdrHistogram (`figures` significant decimal digits: every value lands in a bucket whose width is
// at most 10^-figures of the value), so min/max/mean/stddev/percentiles agree with Node's, which
// reports bucket bounds: values below 2 * 10^figures (rounded to a power of two) are exact.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kStore = Symbol('kStore');
const kRecordable = Symbol('kRecordable');
const kInt64Max = 9223372036854775807n;

function bitLength(v) {  // v: non-negative integer below 2^53
  if (v < 0x100000000) return 32 - Math.clz32(v);
  return 64 - Math.clz32(Math.floor(v / 0x100000000));
}

// The bucket layout: bucket b holds values [half << (b + unit), 2 * half << (b + unit)) in
// `half` sub-buckets (bucket 0 also covers [0, half << unit)); counts live in a sparse Map keyed
// by the flat index.
class Store {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    this.figures = figures;
    this.unit = Math.floor(Math.log2(lowest));
    while (2 ** (this.unit + 1) <= lowest) this.unit++;
    while (2 ** this.unit > lowest) this.unit--;
    const largest = 2 * 10 ** figures;
    this.subCountMag = Math.ceil(Math.log2(largest));
    this.halfMag = this.subCountMag - 1;
    this.subCount = 2 ** this.subCountMag;
    this.half = this.subCount / 2;
    this.maskBits = this.subCountMag + this.unit;  // bit length of the sub-bucket mask
    let untrackable = this.subCount * 2 ** this.unit;
    let buckets = 1;
    while (untrackable <= highest) {
      untrackable *= 2;
      buckets++;
    }
    this.countsLen = (buckets + 1) * this.half;
    this.reset();
  }
  reset() {
    this.counts = new Map();
    this.total = 0;
    this.minValue = Infinity;
    this.maxValue = 0;
    this.count = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }
  bucketOf(v) { return Math.max(bitLength(v), this.maskBits) - this.unit - this.halfMag - 1; }
  indexOf(v) {
    const b = this.bucketOf(v);
    const sub = Math.floor(v / 2 ** (b + this.unit));
    return (b + 1) * this.half + (sub - this.half);
  }
  valueAt(index) {
    let b = Math.floor(index / this.half) - 1;
    let sub = (index % this.half) + this.half;
    if (b < 0) {
      sub -= this.half;
      b = 0;
    }
    return sub * 2 ** (b + this.unit);
  }
  rangeSize(v) {
    const b = this.bucketOf(v);
    const sub = Math.floor(v / 2 ** (b + this.unit));
    return 2 ** (this.unit + (sub >= this.subCount ? b + 1 : b));
  }
  lowestEquivalent(v) {
    const b = this.bucketOf(v);
    return Math.floor(v / 2 ** (b + this.unit)) * 2 ** (b + this.unit);
  }
  highestEquivalent(v) { return this.lowestEquivalent(v) + this.rangeSize(v) - 1; }
  medianEquivalent(v) { return this.lowestEquivalent(v) + Math.floor(this.rangeSize(v) / 2); }
  // Returns false (nothing recorded) when `v` is beyond the trackable range.
  recordValues(v, n) {
    if (v < 0) return false;
    const index = this.indexOf(v);
    if (index < 0 || index >= this.countsLen) return false;
    this.counts.set(index, (this.counts.get(index) || 0) + n);
    this.total += n;
    if (v !== 0 && v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }
  record(v) {
    if (this.recordValues(v, 1)) this.count++;
    else this.exceeds++;
  }
  sorted() { return [...this.counts.entries()].sort((a, b) => a[0] - b[0]); }
  min() {
    if ((this.counts.get(0) || 0) > 0) return 0;
    return this.minValue === Infinity ? null : this.lowestEquivalent(this.minValue);
  }
  max() { return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue); }
  mean() {
    let sum = 0;
    for (const [index, n] of this.counts) sum += n * this.medianEquivalent(this.valueAt(index));
    return sum / this.total;
  }
  stddev() {
    const mean = this.mean();
    let dev = 0;
    for (const [index, n] of this.counts) {
      const d = this.medianEquivalent(this.valueAt(index)) - mean;
      dev += d * d * n;
    }
    return Math.sqrt(dev / this.total);
  }
  percentile(p) {
    const requested = p < 100 ? p : 100;
    const target = Math.max(Math.trunc((requested / 100) * this.total + 0.5), 1);
    let seen = 0;
    for (const [index, n] of this.sorted()) {
      seen += n;
      if (seen >= target) return this.highestEquivalent(this.valueAt(index));
    }
    return 0;
  }
  // The percentile ladder 0, 50, 75, 87.5, ... (each step halves the distance to 100), each with
  // the lowest value of the bucket reaching it, then 100.
  percentiles(fn) {
    let next = 0;
    let seen = 0;
    let last = 0;
    for (const [index, n] of this.sorted()) {
      seen += n;
      last = this.valueAt(index);
      while (next <= (100 * seen) / this.total) {
        fn(next, last);
        const ticks = 2 ** (Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1);
        next += 100 / ticks;
        if (seen >= this.total) break;
      }
    }
    fn(100, last);
  }
  add(other) {
    let dropped = 0;
    for (const [index, n] of other.counts) {
      if (!this.recordValues(other.valueAt(index), n)) dropped += n;
    }
    this.count += other.count;
    this.exceeds += other.exceeds;
    if (other.prevDelta > this.prevDelta) this.prevDelta = other.prevDelta;
    return dropped;
  }
}

function isHistogram(value) { return value?.[kStore] !== undefined; }

function storeOf(self) {
  const store = self?.[kStore];
  if (store === undefined) throw new ERR_INVALID_THIS('Histogram');
  return store;
}

class Histogram {
  constructor() {
    const { codes } = require('internal/errors');
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return storeOf(this).count; }
  get countBigInt() { return BigInt(storeOf(this).count); }
  get min() {
    const min = storeOf(this).min();
    return min === null ? Number(kInt64Max) : min;
  }
  get minBigInt() {
    const min = storeOf(this).min();
    return min === null ? kInt64Max : BigInt(min);
  }
  get max() { return storeOf(this).max(); }
  get maxBigInt() { return BigInt(storeOf(this).max()); }
  get mean() { return storeOf(this).mean(); }
  get exceeds() { return storeOf(this).exceeds; }
  get exceedsBigInt() { return BigInt(storeOf(this).exceeds); }
  get stddev() { return storeOf(this).stddev(); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100)
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return storeOf(this).percentile(percentile);
  }
  percentileBigInt(percentile) { return BigInt(this.percentile(percentile)); }
  get percentiles() {
    const map = new Map();
    storeOf(this).percentiles((p, v) => map.set(p, v));
    return map;
  }
  get percentilesBigInt() {
    const map = new Map();
    storeOf(this).percentiles((p, v) => map.set(p, BigInt(v)));
    return map;
  }
  reset() { storeOf(this).reset(); }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (this?.[kRecordable] !== true) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) throw new ERR_OUT_OF_RANGE('val', '>= 1', val);
      this[kStore].record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    this[kStore].record(val);
  }
  // Records the nanoseconds since the previous call (the first call only starts the clock).
  recordDelta() {
    if (this?.[kRecordable] !== true) throw new ERR_INVALID_THIS('RecordableHistogram');
    const store = this[kStore];
    const now = hrtimeNs();
    if (store.prevDelta > 0) {
      const delta = now - store.prevDelta;
      if (delta > 0) store.record(delta);
    }
    store.prevDelta = now;
  }
  add(other) {
    if (this?.[kRecordable] !== true) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (other?.[kRecordable] !== true)
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this[kStore].add(other[kStore]);
  }
}

function hrtimeNs() { return internalBinding('performance').hrtimeNs(); }

function makeHistogram(Class, store, recordable) {
  const h = Object.create(Class.prototype);
  h[kStore] = store;
  if (recordable) h[kRecordable] = true;
  return h;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  let { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest === 'bigint') lowest = Number(lowest);
  validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest === 'bigint') {
    if (Number(highest) < 2 * lowest)
      throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
    highest = Math.min(Number(highest), Number.MAX_SAFE_INTEGER);
  } else {
    validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return makeHistogram(RecordableHistogram, new Store(lowest, highest, figures), true);
}

// monitorEventLoopDelay()'s histogram: a timer every `resolution` ms records, in nanoseconds, how
// long it really took between two of its callbacks (a blocked loop makes that longer).
class IntervalHistogram extends Histogram {
  enable() {
    const state = this[kIntervalState];
    if (state.timer !== null) return false;
    const store = this[kStore];
    store.prevDelta = hrtimeNs();
    state.timer = require('timers').setInterval(() => {
      const now = hrtimeNs();
      const delta = now - store.prevDelta;
      if (delta > 0) store.record(delta);
      store.prevDelta = now;
    }, state.resolution);
    state.timer.unref();
    return true;
  }
  disable() {
    const state = this[kIntervalState];
    if (state.timer === null) return false;
    require('timers').clearInterval(state.timer);
    state.timer = null;
    return true;
  }
  [Symbol.dispose]() { this.disable(); }
}
const kIntervalState = Symbol('kIntervalState');

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const h = makeHistogram(IntervalHistogram, new Store(1, Number.MAX_SAFE_INTEGER, 3), false);
  h[kIntervalState] = { resolution, timer: null };
  return h;
}

module.exports = {
  Histogram,
  RecordableHistogram,
  IntervalHistogram,
  createHistogram,
  monitorEventLoopDelay,
  isHistogram,
};
