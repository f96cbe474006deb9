'use strict';
// The global `performance` (also perf_hooks.performance): clocks, user timing (marks/measures),
// the timeline getters, nodeTiming, eventLoopUtilization() and timerify().

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const {
  PerformanceMark,
  createPerformanceEntry,
  createMeasure,
  clearMarkTiming,
  nodeTiming,
  now,
} = require('internal/perf/performance_entry');
const {
  enqueue,
  bufferUserTiming,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
} = require('internal/perf/observe');

const binding = internalBinding('performance');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Event-loop utilization: how much of the time since the loop started it was not idle (waiting
// for events). Before the loop starts (while the main script runs) everything is 0.
function eventLoopUtilization(util1, util2) {
  const loopStart = nodeTiming.loopStart;
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization: activeDelta / (idleDelta + activeDelta),
  };
}

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
  enqueue(createPerformanceEntry(name, 'function', start, duration, args));
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  const { isHistogram } = require('internal/histogram');
  if (histogram !== undefined &&
      (!isHistogram(histogram) || typeof histogram.record !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }

  now() { return now(); }
  get timeOrigin() { return binding.getTimeOrigin(); }
  get nodeTiming() { return nodeTiming; }

  mark(name, options) {
    // eslint-disable-next-line prefer-rest-params
    const mark = Reflect.construct(PerformanceMark, arguments);
    enqueue(mark);
    bufferUserTiming(mark);
    return mark;
  }
  measure(name, startOrMeasureOptions, endMark) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const measure = createMeasure(name, startOrMeasureOptions, endMark);
    enqueue(measure);
    bufferUserTiming(measure);
    return measure;
  }
  clearMarks(name) {
    if (name !== undefined) name = `${name}`;
    clearMarkTiming(name);
    clearEntriesFromBuffer('mark', name);
  }
  clearMeasures(name) {
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }
  clearResourceTimings() { require('internal/perf/resource_timing').clearResourceTimings(); }
  getEntries() { return filterBufferMapByNameAndType(); }
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }
  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  timerify(fn, options) { return timerify(fn, options); }
  markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo,
                     responseStatus, deliveryType) {
    const resourceTiming = require('internal/perf/resource_timing');
    // eslint-disable-next-line prefer-rest-params
    const entry = Reflect.apply(resourceTiming.markResourceTiming, undefined, arguments);
    enqueue(entry);
    resourceTiming.bufferResourceTiming(entry);
    return entry;
  }
  setResourceTimingBufferSize(maxSize) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    require('internal/perf/resource_timing').setResourceTimingBufferSize(maxSize);
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

const performance = Object.create(Performance.prototype);

module.exports = { performance, Performance, eventLoopUtilization, timerify };
