'use strict';
// The timer machinery behind setTimeout/setInterval/setImmediate, following Node's design:
// - Timeouts with the same duration share one list (appended in order, so equal deadlines fire in
//   insertion order); the lists sit in a min-heap by expiry; one native uv_timer_t is armed for the
//   earliest list (internalBinding('timers').scheduleTimer).
// - The loop calls processTimers(now) when it fires; between two timer callbacks the nextTick and
//   microtask queues are drained, as in Node ≥ 11.
// - Immediates are a linked list run by processImmediate in the check phase; a setImmediate queued
//   while the list runs waits for the next loop iteration.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, getLibuvNow, toggleImmediateRef, immediateInfo } = binding;
const { tickInfo, runMicrotasks } = internalBinding('task_queue');
const PriorityQueue = require('internal/priority_queue');
const L = require('internal/linkedlist');

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// 2^31 - 1: what fits in the 32-bit signed integer browsers and Node use for durations.
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const {
  async_id_symbol: asyncIdSymbol,
  trigger_async_id_symbol: triggerAsyncIdSymbol,
  initHooksExist, destroyHooksExist,
  emitInit, emitBefore, emitAfter, emitDestroy, async_id_fields, hookState,
} = require('internal/async_hooks');
const {
  kExecutionAsyncId, kTriggerAsyncId, kDefaultTriggerAsyncId, kAsyncIdCounter,
} = internalBinding('async_wrap').constants;
// New ids and the trigger of a resource made now, as small integers while they fit. Local:
// the shared newAsyncId()/getDefaultTriggerAsyncId() made Immediate construction and ticks
// several times slower (callgrind).
function newIdNow() {
  const id = ++async_id_fields[kAsyncIdCounter];
  return id < 0x40000000 ? id | 0 : id;
}
function triggerIdNow() {
  let id = async_id_fields[kDefaultTriggerAsyncId];
  if (id < 0) id = async_id_fields[kExecutionAsyncId];
  return id < 0x40000000 ? id | 0 : id;
}
function initHooksOn() {
  return !hookState.quick && initHooksExist();
}
// With no hook enabled and executionAsyncResource() never called (hookState.quick), a callback
// only needs its ids set; the queue puts back the ones it found at the end (internal/async_hooks).
// The AsyncLocalStorage frame a callback was queued in (internal/async_context_frame.js).
const kAsyncContextFrame = Symbol('kAsyncContextFrame');
const { AsyncContextFrame, state: frameState } = require('internal/async_context_frame');

// util.inspect.custom: a timer and its list point at each other; show one level, as Node does.
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
function inspectOneLevel(object, options) {
  const { inspect } = require('internal/util/inspect');
  return inspect(object, { ...options, depth: 0, customInspect: false });
}

let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;
// tide:diagnostics' hooks ({ onCreate(resource), onBegin(kind, fn), onEnd() }): null while off.
let diagHooks = null;
function setDiagnosticsHooks(hooks) { diagHooks = hooks; }

// Timeouts whose numeric id was asked for (+timeout), so clearTimeout(id) finds them.
const knownTimersById = { __proto__: null };
const timerListMap = { __proto__: null };
// The list insert() used last, while it is in timerListMap: most programs re-arm timers of one
// duration (an HTTP server's keep-alive timeout after every response), and a lookup in the map
// (a dictionary with integer keys) hashes the key each time.
let lastList = null;
function deleteList(msecs) {
  if (lastList !== null && lastList.msecs === msecs) lastList = null;
  delete timerListMap[msecs];
}
const timerListQueue = new PriorityQueue(compareTimersLists, setPosition);

function compareTimersLists(a, b) {
  const expiryDiff = a.expiry - b.expiry;
  if (expiryDiff === 0) {
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
  }
  return expiryDiff;
}

function setPosition(node, pos) { node.priorityQueuePosition = pos; }

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  [kInspectCustom](_, options) { return inspectOneLevel(this, options); }
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;  // to a number or NaN
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;  // like browsers: the next turn of the loop
    }
    // Written twice on purpose (see _onTimeout below): unenroll() rewrites it.
    this._idleTimeout = -1;
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    // Written twice on purpose: clearTimeout() rewrites _onTimeout and unref()/ref() rewrite
    // kRefed, often first long after the code using timers was optimized (a server's first closed
    // connection). V8 treats a field as constant until its first rewrite and then discards the
    // optimized code that relied on that; rewriting both here, in every Timeout's first moments,
    // keeps that from happening later (see settledErrorShape in internal/errors).
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    // Only once AsyncLocalStorage is in use (and then outside Node 22's printed shape).
    if (frameState.enabled) this[kAsyncContextFrame] = AsyncContextFrame.current();
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = !isRefed;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newIdNow();
    this[triggerAsyncIdSymbol] = triggerIdNow();
    if (initHooksOn()) emitInit(this[asyncIdSymbol], 'Timeout', this[triggerAsyncIdSymbol], this);
    if (diagHooks !== null) diagHooks.onCreate(this);
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }

  [kInspectCustom](_, options) { return inspectOneLevel(this, options); }
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = lastList;
  if (list === null || list.msecs !== msecs) {
    list = timerListMap[msecs];
    if (list === undefined) {
      const expiry = start + msecs;
      timerListMap[msecs] = list = new TimersList(expiry, msecs);
      timerListQueue.insert(list);
      if (nextExpiry > expiry) {
        scheduleTimer(msecs);
        nextExpiry = expiry;
      }
    }
    lastList = list;
  }
  L.append(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed) {
    // A finished or cleared timer armed again is a new async resource.
    item._destroyed = false;
    item[asyncIdSymbol] = newIdNow();
    item[triggerAsyncIdSymbol] = triggerIdNow();
    if (initHooksOn()) emitInit(item[asyncIdSymbol], 'Timeout', item[triggerAsyncIdSymbol], item);
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

// refresh() of a timer that is armed (not destroyed), when the list of its duration is the one
// insert() used last: its period starts again from now, at the end of that list. net.Socket
// re-arms a paused keep-alive timeout this way after every HTTP response; insertGuarded's checks
// (duration, destroyed, ref count) have nothing to change then.
function rearm(item) {
  const list = lastList;
  const next = item._idleNext;
  if (item._destroyed || list === null || list.msecs !== item._idleTimeout || next === null) {
    insertGuarded(item, item[kRefed]);
    return;
  }
  item._idleStart = getLibuvNow();
  // L.append(list, item) for an item known to be linked (a call V8 did not always inline): out
  // of its place, then in as the list's newest.
  const prev = item._idlePrev;
  next._idlePrev = prev;
  prev._idleNext = next;
  const newest = list._idleNext;
  item._idleNext = newest;
  newest._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function unenroll(item) {
  if (item._destroyed) return;
  if (!hookState.quick && destroyHooksExist() && item[asyncIdSymbol] !== undefined) emitDestroy(item[asyncIdSymbol]);
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  L.remove(item);
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && L.isEmpty(list)) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    deleteList(list.msecs);
  }
  if (item[kRefed]) decRefCount();
  // An unenrolled item must not be re-armed by a later refresh() through the old duration.
  item._idleTimeout = -1;
}

// Between two callbacks: ticks and microtasks first, as Node does.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    runMicrotasks();
  }
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

let processTicksAndRejections;

function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) != null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const outerAsyncId = async_id_fields[kExecutionAsyncId];
  const outerTriggerAsyncId = async_id_fields[kTriggerAsyncId];
  try {
    runTimerList(list, now);
  } finally {
    async_id_fields[kExecutionAsyncId] = outerAsyncId;
    async_id_fields[kTriggerAsyncId] = outerTriggerAsyncId;
  }
}

function runTimerList(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = L.peek(list)) != null) {
    const diff = now - timer._idleStart;
    // Not due yet (the list was re-armed or the timer refreshed): try again later.
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    L.remove(timer);
    const asyncId = timer[asyncIdSymbol];
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (!hookState.quick && destroyHooksExist()) emitDestroy(asyncId);
      }
      continue;
    }
    const quick = hookState.quick;
    if (quick) {
      async_id_fields[kExecutionAsyncId] = asyncId;
      async_id_fields[kTriggerAsyncId] = timer[triggerAsyncIdSymbol];
    } else {
      emitBefore(asyncId, timer[triggerAsyncIdSymbol], timer);
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      if (frameState.enabled) AsyncContextFrame.set(timer[kAsyncContextFrame]);
      if (diagHooks !== null) diagHooks.onBegin(0, timer._onTimeout);
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } finally {
      if (diagHooks !== null) diagHooks.onEnd();
      if (frameState.enabled) AsyncContextFrame.set(undefined);
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[asyncId];
        if (!hookState.quick && destroyHooksExist()) emitDestroy(asyncId);
      }
    }
    if (!quick) emitAfter(asyncId);
  }
  // The list may have been replaced while its timers ran (cleared and re-created).
  if (list === timerListMap[msecs]) {
    deleteList(msecs);
    timerListQueue.shift();
  }
}

// --- immediates ---------------------------------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// Immediates left over when one threw: they run first in the next check phase.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    // Only once AsyncLocalStorage is in use (and then outside Node 22's printed shape).
    if (frameState.enabled) this[kAsyncContextFrame] = AsyncContextFrame.current();
    this._destroyed = false;
    this[kRefed] = false;
    // newIdNow() and triggerIdNow() written out: calls here are not inlined.
    let id = ++async_id_fields[kAsyncIdCounter];
    this[asyncIdSymbol] = id < 0x40000000 ? id | 0 : id;
    id = async_id_fields[kDefaultTriggerAsyncId];
    if (id < 0) id = async_id_fields[kExecutionAsyncId];
    this[triggerAsyncIdSymbol] = id < 0x40000000 ? id | 0 : id;
    if (!hookState.quick && initHooksExist()) {
      emitInit(this[asyncIdSymbol], 'Immediate', this[triggerAsyncIdSymbol], this);
    }
    if (diagHooks !== null) diagHooks.onCreate(this);
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

function processImmediate() {
  const outerAsyncId = async_id_fields[kExecutionAsyncId];
  const outerTriggerAsyncId = async_id_fields[kTriggerAsyncId];
  try {
    runImmediates();
  } finally {
    async_id_fields[kExecutionAsyncId] = outerAsyncId;
    async_id_fields[kTriggerAsyncId] = outerTriggerAsyncId;
  }
}

function runImmediates() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Immediates queued from here on wait for the next iteration.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    // Cleared by a tick that just ran: continue from the previous one, which is still linked.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;
    prevImmediate = immediate;
    const asyncId = immediate[asyncIdSymbol];
    const quick = hookState.quick;
    if (quick) {
      async_id_fields[kExecutionAsyncId] = asyncId;
      async_id_fields[kTriggerAsyncId] = immediate[triggerAsyncIdSymbol];
    } else {
      emitBefore(asyncId, immediate[triggerAsyncIdSymbol], immediate);
    }
    try {
      if (frameState.enabled) AsyncContextFrame.set(immediate[kAsyncContextFrame]);
      if (diagHooks !== null) diagHooks.onBegin(1, immediate._onImmediate);
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      if (diagHooks !== null) diagHooks.onEnd();
      if (frameState.enabled) AsyncContextFrame.set(undefined);
      immediate._onImmediate = null;
      if (!hookState.quick && destroyHooksExist()) emitDestroy(asyncId);
      outstandingQueue.head = immediate = immediate._idleNext;
    }
    if (!quick) emitAfter(asyncId);
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

// Referenced timers and immediates (process.getActiveResourcesInfo()).
function activeTimerCounts() {
  return { timeouts: refCount, immediates: immediateInfo[kRefCount] };
}

// The timers and immediates still to run, for tide:diagnostics' why-alive list.
function activeTimers() {
  const timers = [];
  for (const key of Object.keys(timerListMap)) {
    const list = timerListMap[key];
    for (let t = list._idleNext; t !== list && t != null; t = t._idleNext) {
      if (!t._destroyed && t._onTimeout) timers.push(t);
    }
  }
  const immediates = [];
  for (const queue of [outstandingQueue, immediateQueue]) {
    for (let i = queue.head; i !== null; i = i._idleNext) {
      if (!i._destroyed) immediates.push(i);
    }
  }
  return { timers, immediates };
}

function setupTimers(ticksAndRejections) {
  processTicksAndRejections = ticksAndRejections;
  binding.setupTimers(processImmediate, processTimers);
}

module.exports = {
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  Timeout,
  Immediate,
  immediateQueue,
  immediateInfo,
  knownTimersById,
  insert,
  active,
  unrefActive,
  rearm,
  unenroll,
  toggleImmediateRef,
  setupTimers,
  activeTimerCounts,
  activeTimers,
  setDiagnosticsHooks,
};
