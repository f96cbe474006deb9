'use strict';
// PerformanceEntry and its kinds: PerformanceMark, PerformanceMeasure (user timing),
// PerformanceNodeTiming (the runtime's startup milestones), and the entries of timerify().

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateObject, kValidateObjectAllowObjects } =
  require('internal/validators');

const binding = internalBinding('performance');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

function now() { return binding.now(); }

function inspectAs(self, name, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  const { inspect } = require('internal/util/inspect');
  return `${name} ${inspect(obj, opts)}`;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name, type, start, duration, detail) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }
  get name() { return this[kName]; }
  get entryType() { return this[kType]; }
  get startTime() { return this[kStart]; }
  get duration() { return this[kDuration]; }
  get detail() { return this[kDetail]; }
  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.detail,
    };
  }
  [kInspect](depth, options) {
    return inspectAs(this, this.constructor.name, this.toJSON(), depth, options);
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

function createPerformanceEntry(name, type, start, duration, detail) {
  return new PerformanceEntry(kSkipThrow, name, type, start, duration, detail);
}

// --- performance.nodeTiming ---------------------------------------------------------------
const kMilestones = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
  'loopExit'];

class PerformanceNodeTiming {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return binding.getMilestone(0); }
  get v8Start() { return binding.getMilestone(1); }
  get environment() { return binding.getMilestone(2); }
  get bootstrapComplete() { return binding.getMilestone(3); }
  get loopStart() { return binding.getMilestone(4); }
  get loopExit() { return binding.getMilestone(5); }
  get idleTime() { return binding.loopIdleTime(); }
  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
  [kInspect](depth, options) {
    return inspectAs(this, 'PerformanceNodeTiming', this.toJSON(), depth, options);
  }
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);
const nodeTimingNames = new Set(kMilestones);

// --- user timing: marks and measures --------------------------------------------------------
const markTimings = new Map();  // name → startTime of the latest mark

function cloneDetail(detail) {
  return detail != null ? require('internal/structured_clone').structuredClone(detail) : null;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (nodeTimingNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options', kValidateObjectAllowObjects);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    super(kSkipThrow, name, 'mark', startTime, 0, cloneDetail(options?.detail));
  }
  get detail() { return this[kDetail]; }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
  value: 'PerformanceMark', configurable: true,
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name, type, start, duration, detail) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type, start, duration, detail);
  }
  get detail() { return this[kDetail]; }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
  value: 'PerformanceMeasure', configurable: true,
});

// A mark's name or a timestamp → its time (ms from the time origin).
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingNames.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) {
    const { DOMException } = require('internal/domexception');
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return ts;
}

function calculateStartDuration(startOrOptions, endMark) {
  if (startOrOptions === null) startOrOptions = undefined;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined)
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrOptions === 'string') {
    start = getMark(startOrOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

function createMeasure(name, startOrOptions, endMark) {
  name = `${name}`;
  const { start, duration } = calculateStartDuration(startOrOptions, endMark);
  let detail = null;
  if (typeof startOrOptions === 'object' && startOrOptions !== null)
    detail = cloneDetail(startOrOptions.detail);
  return new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration, detail);
}

function clearMarkTiming(name) {
  if (name === undefined) markTimings.clear();
  else markTimings.delete(name);
}

module.exports = {
  PerformanceEntry,
  kSkipThrow,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceNodeTiming,
  createPerformanceEntry,
  createMeasure,
  clearMarkTiming,
  nodeTiming,
  now,
};
