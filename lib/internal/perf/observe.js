'use strict';
// The performance timeline: the buffers of marks and measures, PerformanceObserver and
// PerformanceObserverEntryList. Entries reach observers in a batch, from a setImmediate after
// they were created (as Node delivers them).

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { PerformanceEntry, createPerformanceEntry } = require('internal/perf/performance_entry');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkipThrow = Symbol('kSkipThrow');
const kBuffer = Symbol('kBuffer');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

// 'net', 'dns', 'http', 'http2' entries are not produced by tide (yet).
const kSupportedEntryTypes = Object.freeze(['function', 'gc', 'mark', 'measure', 'resource']);

const markEntryBuffer = [];
const measureEntryBuffer = [];

const observers = new Set();
const pending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  require('timers').setImmediate(() => {
    isPending = false;
    const list = [...pending];
    pending.clear();
    for (const observer of list) observer[kDispatch]();
  });
}

// 'gc' entries: V8's GC callbacks are installed only while some observer watches 'gc'.
const gcObservers = new Set();
let gcTracking = false;

function onGcBatch(records) {
  for (let i = 0; i + 3 < records.length; i += 4) {
    enqueue(createPerformanceEntry('gc', 'gc', records[i + 2], records[i + 3],
                                   { kind: records[i], flags: records[i + 1] }));
  }
}

function syncGcTracking(observer, watchesGc) {
  if (watchesGc) gcObservers.add(observer);
  else gcObservers.delete(observer);
  const binding = internalBinding('performance');
  if (gcObservers.size > 0 && !gcTracking) {
    binding.installGarbageCollectionTracking(onGcBatch);
    gcTracking = true;
  } else if (gcObservers.size === 0 && gcTracking) {
    binding.removeGarbageCollectionTracking();
    gcTracking = false;
  }
}

function sortByStartTime(entries) { return entries.sort((a, b) => a.startTime - b.startTime); }

function inspectAs(self, name, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  const { inspect } = require('internal/util/inspect');
  return `${name} ${inspect(obj, opts)}`;
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = sortByStartTime(entries);
  }
  getEntries() { return this[kBuffer].slice(); }
  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      type = `${type}`;
      return this[kBuffer].filter((e) => e.name === name && e.entryType === type);
    }
    return this[kBuffer].filter((e) => e.name === name);
  }
  [kInspect](depth, options) {
    return inspectAs(this, 'PerformanceObserverEntryList', this[kBuffer], depth, options);
  }
}
Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserverEntryList', configurable: true,
});

const kTypeSingle = 1;
const kTypeMultiple = 2;

function invalidModification(message) {
  const { DOMException } = require('internal/domexception');
  return new DOMException(message, 'InvalidModificationError');
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type = undefined;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined)
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        this.#type = entryTypes !== undefined ? kTypeMultiple : kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined)
          throw invalidModification('PerformanceObserver can not change to multiple observations');
        break;
      case kTypeMultiple:
        if (type !== undefined)
          throw invalidModification('PerformanceObserver can not change to single observation');
        break;
    }
    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes))
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#entryTypes.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) this.#entryTypes.add(t);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        this.#buffer.push(...filterBufferMapByNameAndType(undefined, type));
        pending.add(this);
        queuePending();
      }
    }
    if (this.#entryTypes.size) observers.add(this);
    else this.disconnect();
    syncGcTracking(this, this.#entryTypes.has('gc'));
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
    syncGcTracking(this, false);
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() { return kSupportedEntryTypes; }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    queuePending();
  }

  [kDispatch]() {
    // Called even when takeRecords() emptied the buffer meanwhile, as Node does.
    const list = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(list, this);
  }

  [kInspect](depth, options) {
    return inspectAs(this, 'PerformanceObserver', {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, depth, options);
  }
}
Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  value: 'PerformanceObserver', configurable: true,
});

// Hands a new entry to every observer watching its type.
function enqueue(entry) {
  if (!(entry instanceof PerformanceEntry))
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

// Marks and measures stay in the timeline until cleared.
function bufferUserTiming(entry) {
  (entry.entryType === 'mark' ? markEntryBuffer : measureEntryBuffer).push(entry);
}

function clearEntriesFromBuffer(type, name) {
  const buffer = type === 'mark' ? markEntryBuffer : measureEntryBuffer;
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  const kept = buffer.filter((e) => e.name !== name);
  buffer.length = 0;
  buffer.push(...kept);
}

function filterBufferMapByNameAndType(name, type) {
  let list;
  if (type === 'mark') list = markEntryBuffer;
  else if (type === 'measure') list = measureEntryBuffer;
  else if (type === 'resource') list = require('internal/perf/resource_timing').getResourceTimings();
  else if (type !== undefined) return [];
  else {
    list = markEntryBuffer.concat(measureEntryBuffer,
                                  require('internal/perf/resource_timing').getResourceTimings());
  }
  if (name !== undefined) list = list.filter((e) => e.name === name);
  else list = list.slice();
  return sortByStartTime(list);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  bufferUserTiming,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
};
