'use strict';
// process.nextTick and queueMicrotask. After every callback from the loop, the native side calls
// processTicksAndRejections (when a tick is queued): it runs every tick, then every microtask, then
// reports unhandled rejections, and repeats until nothing is left — Node's order.

const {
  tickInfo, runMicrotasks, setTickCallback, enqueueMicrotask,
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { AsyncContextFrame, state: frameState } = require('internal/async_context_frame');
const { processPromiseRejections, setupPromiseRejectTracking } = require('internal/process/promises');
const {
  initHooksExist, destroyHooksExist, emitInit, emitBefore, emitAfter, emitDestroy,
  enterQuickly, async_id_fields, async_hook_fields, hookState,
} = require('internal/async_hooks');
const {
  kExecutionAsyncId, kTriggerAsyncId, kAsyncIdCounter, kDefaultTriggerAsyncId, kInit, kTotals,
  kUsesExecutionAsyncResource, kStackLength,
} = internalBinding('async_wrap').constants;

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A queue of fixed-size circular buffers: push/shift without reallocating, as ticks are hot.
// An entry is one slot (a function or an object) or several (a tick with arguments, see
// nextTick). Each is published and consumed by a single store of `top` / `bottom`, the slots
// written before and cleared after: a worker's termination can stop JS between any two
// statements, and the queue must then hold whole entries only.
const kSize = 2048;
const kMask = kSize - 1;
class FixedCircularBuffer {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    this.list = new Array(kSize);
    this.next = null;
  }
  isEmpty() { return this.top === this.bottom; }
  isFull() { return ((this.top + 1) & kMask) === this.bottom; }
  room() { return (this.bottom - this.top - 1) & kMask; }
  push(data) {
    const top = this.top;
    this.list[top] = data;
    this.top = (top + 1) & kMask;
  }
  // The argument count, the callback and the arguments of a tick.
  pushArgs(argc, callback, a, b, c) {
    const list = this.list;
    const top = this.top;
    list[(top + 1) & kMask] = callback;
    list[(top + 2) & kMask] = a;
    if (argc > 1) list[(top + 3) & kMask] = b;
    if (argc > 2) list[(top + 4) & kMask] = c;
    list[top] = argc;
    this.top = (top + argc + 2) & kMask;
  }
  // The next entry: a function, an object, or the argument count of an entry with arguments,
  // which is left in place for the caller to read (slot(k)) and then consume (skip(argc + 2)).
  shift() {
    const bottom = this.bottom;
    // Emptiness by the indices: a slot past `top` may hold an entry begun and never published.
    if (bottom === this.top) return null;
    const nextItem = this.list[bottom];
    if (typeof nextItem === 'number') return nextItem;
    this.bottom = (bottom + 1) & kMask;
    this.list[bottom] = undefined;
    return nextItem;
  }
  slot(k) { return this.list[(this.bottom + k) & kMask]; }
  skip(count) {
    const bottom = this.bottom;
    this.bottom = (bottom + count) & kMask;
    for (let k = 0; k < count; k++) this.list[(bottom + k) & kMask] = undefined;
  }
}
class FixedQueue {
  constructor() { this.head = this.tail = new FixedCircularBuffer(); }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer();
    this.head.push(data);
  }
  // A tick with 1 to 3 arguments, in one ring (an entry never spans two).
  pushArgs(argc, callback, a, b, c) {
    if (this.head.room() < argc + 2) this.head = this.head.next = new FixedCircularBuffer();
    this.head.pushArgs(argc, callback, a, b, c);
  }
  shift() {
    const next = this.tail.shift();
    this.leaveDrainedTail();
    return next;
  }
  // Slot k of the entry with arguments that shift() answered with its count (k = 1: callback).
  slot(k) { return this.tail.slot(k); }
  // Consumes that entry.
  skip(count) {
    this.tail.skip(count);
    this.leaveDrainedTail();
  }
  // Reading goes on in the next ring once this one is drained.
  leaveDrainedTail() {
    const tail = this.tail;
    if (tail.isEmpty() && tail.next !== null) {
      this.tail = tail.next;
      tail.next = null;
    }
  }
}

const queue = new FixedQueue();

// The async ids of queued ticks, kept out of the tick objects: two more fields on every queued
// object made a million queued ticks cost a quarter more CPU (the GC moves and marks them). Ticks
// are queued mostly in runs whose ids follow one another and share one trigger, so the ids are
// stored run-length encoded: a record (tick sequence number, its asyncId, its triggerAsyncId) is
// queued only for a tick that does not continue the previous tick's run (its id is not the
// previous one plus 1, or its trigger differs). Every tick keeps the ids Node would give it.
// Records live in a growable ring of doubles, 3 per record.
const kPushSeq = 0;     // sequence number of the next tick pushed
const kShiftSeq = 1;    // sequence number of the next tick shifted
const kLastId = 2;      // the asyncId and trigger of the last tick pushed
const kLastTrigger = 3;
const kRunId = 4;       // the asyncId and trigger of the last tick shifted
const kRunTrigger = 5;
const tickIds = new Float64Array(6);
tickIds[kLastId] = NaN;
// The records' ring: `buf` holds 3 doubles per record, `mask` is its record count minus 1, `head`
// the next record written and `tail` the next read. Fields of one const object rather than `let`s:
// optimized code checks a module `let` for its temporal dead zone at every read.
const ring = { buf: new Float64Array(3 * 64), mask: 63, head: 0, tail: 0 };

// Ids for a tick queued while no hook is on (no init to emit). The ids stay doubles in typed
// arrays throughout: passed to or returned from a call that is not inlined, each would be boxed.
function queueTickIds() {
  const asyncId = ++async_id_fields[kAsyncIdCounter];
  let trigger = async_id_fields[kDefaultTriggerAsyncId];
  if (trigger < 0) trigger = async_id_fields[kExecutionAsyncId];
  const seq = tickIds[kPushSeq]++;
  if (asyncId !== tickIds[kLastId] + 1 || trigger !== tickIds[kLastTrigger]) {
    pushRecord(smallId(seq), smallId(asyncId), smallId(trigger));
  }
  tickIds[kLastId] = asyncId;
  tickIds[kLastTrigger] = trigger;
}

// Ids for a tick queued while a hook is on, and its init.
function initTick(tock) {
  const asyncId = newIdNow();
  const triggerAsyncId = triggerIdNow();
  const seq = tickIds[kPushSeq]++;
  if (asyncId !== tickIds[kLastId] + 1 || triggerAsyncId !== tickIds[kLastTrigger]) {
    pushRecord(smallId(seq), asyncId, triggerAsyncId);
  }
  tickIds[kLastId] = asyncId;
  tickIds[kLastTrigger] = triggerAsyncId;
  if (async_hook_fields[kInit] > 0) emitInit(asyncId, 'TickObject', triggerAsyncId, tock);
}

function pushRecord(seq, asyncId, triggerAsyncId) {
  let head = ring.head;
  if (((head + 1) & ring.mask) === ring.tail) {
    growRecords();
    head = ring.head;
  }
  const buf = ring.buf;
  const at = head * 3;
  buf[at] = seq;
  buf[at + 1] = asyncId;
  buf[at + 2] = triggerAsyncId;
  ring.head = (head + 1) & ring.mask;
}

// Sets tickIds[kRunId] and tickIds[kRunTrigger] to the ids of the tick just shifted.
function shiftTickIds() {
  const seq = tickIds[kShiftSeq]++;
  const tail = ring.tail;
  if (tail !== ring.head && ring.buf[tail * 3] === seq) {
    takeRecord(tail);
  } else {
    tickIds[kRunId]++;
  }
}

function takeRecord(tail) {
  const buf = ring.buf;
  const at = tail * 3;
  tickIds[kRunId] = buf[at + 1];
  tickIds[kRunTrigger] = buf[at + 2];
  ring.tail = (tail + 1) & ring.mask;
}

function growRecords() {
  const { buf, mask, head } = ring;
  const grown = new Float64Array(3 * (mask + 1) * 2);
  let n = 0;
  for (let i = ring.tail; i !== head; i = (i + 1) & mask, n++) {
    grown[n * 3] = buf[i * 3];
    grown[n * 3 + 1] = buf[i * 3 + 1];
    grown[n * 3 + 2] = buf[i * 3 + 2];
  }
  ring.buf = grown;
  ring.mask = (mask + 1) * 2 - 1;
  ring.tail = 0;
  ring.head = n;
}

// The queue's entries: a function (a tick without arguments), or the number n of arguments
// followed by the callback and the n arguments in the next slots (1 to 3 of them), or an object
// { callback, args, frame } (more arguments, a context frame to restore, or an async hook that
// wants a resource). The first two allocate nothing: a request through the HTTP server queues
// several ticks with an argument or two, and the objects were a sixth of its garbage.
function nextTick(callback) {
  if (typeof callback !== 'function') {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  const argc = arguments.length - 1;
  if (hookState.quick && !frameState.enabled && argc <= 3) {
    queueTickIds();
    if (argc === 0) {
      queue.push(callback);
      return;
    }
    queue.pushArgs(argc, callback, arguments[1], arguments[2], arguments[3]);
    return;
  }
  let args;
  switch (argc) {
    case 0: break;
    case 1: args = [arguments[1]]; break;
    case 2: args = [arguments[1], arguments[2]]; break;
    case 3: args = [arguments[1], arguments[2], arguments[3]]; break;
    default:
      args = new Array(argc);
      for (let i = 0; i < argc; i++) args[i] = arguments[i + 1];
  }
  const frame = frameState.enabled ? AsyncContextFrame.current() : undefined;
  if (hookState.quick) {
    queueTickIds();
    queue.push({ callback, args, frame });
    return;
  }
  // The async resource its init hooks see ('TickObject'); its ids are kept beside the queue.
  const tock = { callback, args, frame };
  initTick(tock);
  queue.push(tock);
}

// The entry with arguments at the queue's front, consumed, as an object.
function takeTickObject(argc) {
  const callback = queue.slot(1);
  const args = new Array(argc);
  for (let i = 0; i < argc; i++) args[i] = queue.slot(i + 2);
  queue.skip(argc + 2);
  return { callback, args, frame: undefined };
}

// New ids and the trigger of a resource made now, as small integers while they fit. Local to
// this module: the shared newAsyncId()/getDefaultTriggerAsyncId() called from here and from the
// timers made each caller several times slower (measured with callgrind).
function newIdNow() {
  const id = ++async_id_fields[kAsyncIdCounter];
  return id < 0x40000000 ? id | 0 : id;
}
function smallId(id) { return id < 0x40000000 ? id | 0 : id; }
function triggerIdNow() {
  let id = async_id_fields[kDefaultTriggerAsyncId];
  if (id < 0) id = async_id_fields[kExecutionAsyncId];
  return id < 0x40000000 ? id | 0 : id;
}

function runTick(callback, args) {
  if (args === undefined) {
    callback();
  } else {
    switch (args.length) {
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      case 3: callback(args[0], args[1], args[2]); break;
      default: callback(...args);
    }
  }
}

// tickInfo[kHasTickScheduled] while processTicksAndRejections(true) runs the ticks: still non-zero
// (ticks are scheduled), and native code that sees the callback throw with this value set knows
// that a tick threw (an uncaught exception to report), not the callback itself.
const kDrainingAfterCallback = 2;

// processTicksAndRejections(true): the end of an outermost callback from the loop, done from JS.
// The native side allowed it (CallbackScope::CallbackMayDrain: no async hook, entered from the top
// level, nothing else on the stack), so the callback leaves its async resource here and runs what
// closing its scope would: the ticks, then the microtasks, until both are empty — saving a second
// call into JS. A tick that throws propagates out of the callback with kDrainingAfterCallback set.
// (The same function, not a wrapper, so that a tick's stack trace has one frame more than after
// the native drain, not two; and its steps are written in it, not in a helper V8 did not inline.)
function processTicksAndRejections(afterCallback) {
  if (afterCallback === true) {
    enterQuickly(0, 0);
    async_hook_fields[kStackLength] = 0;
    if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
      runMicrotasks();
      if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
    }
    tickInfo[kHasTickScheduled] = kDrainingAfterCallback;
  }
  const outerAsyncId = async_id_fields[kExecutionAsyncId];
  const outerTriggerAsyncId = async_id_fields[kTriggerAsyncId];
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      shiftTickIds();
      if (hookState.quick) {
        async_id_fields[kExecutionAsyncId] = tickIds[kRunId];
        async_id_fields[kTriggerAsyncId] = tickIds[kRunTrigger];
        if (typeof tock === 'function') {
          if (frameState.enabled) AsyncContextFrame.set(undefined);
          tock();
          continue;
        }
        if (typeof tock === 'number') {
          // The entry is read, then consumed, then called (a throwing tick leaves the queue
          // whole).
          // (A tick with one argument, the usual one, reads no more slots than it has.)
          const callback = queue.slot(1);
          const a = queue.slot(2);
          if (tock === 1) {
            queue.skip(3);
            if (frameState.enabled) AsyncContextFrame.set(undefined);
            callback(a);
            continue;
          }
          const b = queue.slot(3);
          const c = queue.slot(4);
          queue.skip(tock + 2);
          if (frameState.enabled) AsyncContextFrame.set(undefined);
          if (tock === 2) callback(a, b);
          else callback(a, b, c);
          continue;
        }
        const { callback, args } = tock;
        if (frameState.enabled) AsyncContextFrame.set(tock.frame);
        if (args === undefined) {
          callback();
        } else {
          switch (args.length) {
            case 1: callback(args[0]); break;
            case 2: callback(args[0], args[1]); break;
            case 3: callback(args[0], args[1], args[2]); break;
            default: callback(...args);
          }
        }
        continue;
      }
      // Queued bare while no hook was on; the hooks enabled since see it as a TickObject.
      if (typeof tock === 'function') tock = { callback: tock, args: undefined, frame: undefined };
      else if (typeof tock === 'number') tock = takeTickObject(tock);
      const { callback, args } = tock;
      const asyncId = smallId(tickIds[kRunId]);
      emitBefore(asyncId, smallId(tickIds[kRunTrigger]), tock);
      if (frameState.enabled) AsyncContextFrame.set(tock.frame);
      try {
        runTick(callback, args);
      } finally {
        if (!hookState.quick && destroyHooksExist()) emitDestroy(asyncId);
      }
      emitAfter(asyncId);
    }
    enterQuickly(outerAsyncId, outerTriggerAsyncId);
    if (frameState.enabled) AsyncContextFrame.set(undefined);
    runMicrotasks();
    // processPromiseRejections() has nothing to do while no rejection is flagged: both of its
    // lists are empty whenever tickInfo[kHasRejectionToWarn] is 0 (every push sets it; it is
    // cleared only when both are empty). Skipping the call saves it on every drain.
  } while (!queue.isEmpty() ||
           (tickInfo[kHasRejectionToWarn] !== 0 && processPromiseRejections()));
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
  }
  const frame = frameState.enabled ? AsyncContextFrame.current() : undefined;
  // An async resource of type 'Microtask', as Node's.
  const asyncId = newIdNow();
  const triggerAsyncId = triggerIdNow();
  const resource = { callback };
  if (!hookState.quick && initHooksExist()) emitInit(asyncId, 'Microtask', triggerAsyncId, resource);
  enqueueMicrotask(() => {
    const prior = frameState.enabled ? AsyncContextFrame.exchange(frame) : undefined;
    emitBefore(asyncId, triggerAsyncId, resource);
    try {
      callback();
    } catch (error) {
      // Like an exception in any other callback: 'uncaughtException' or the fatal report.
      triggerUncaughtException(error, false);
    } finally {
      if (frameState.enabled) AsyncContextFrame.set(prior);
      if (!hookState.quick && destroyHooksExist()) emitDestroy(asyncId);
    }
    emitAfter(asyncId);
  });
}

function setupTaskQueue() {
  setupPromiseRejectTracking();
  setTickCallback(processTicksAndRejections);
}

// Whether no tick waits in the queue (a running tick has left it).
function tickQueueIsEmpty() { return queue.isEmpty(); }

module.exports = {
  nextTick, queueMicrotask, setupTaskQueue, runMicrotasks, processTicksAndRejections,
  tickQueueIsEmpty,
};
