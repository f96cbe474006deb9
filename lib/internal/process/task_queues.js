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
  async_id_symbol, trigger_async_id_symbol, newAsyncId, getDefaultTriggerAsyncId,
  initHooksExist, destroyHooksExist, emitInit, emitBefore, emitAfter, emitDestroy,
} = require('internal/async_hooks');

// A queued tick: the async resource its init hooks see ('TickObject').
class TickObject {
  constructor(callback, args, frame) {
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = getDefaultTriggerAsyncId();
    this.callback = callback;
    this.args = args;
    this.frame = frame;
  }
}

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A queue of fixed-size circular buffers: push/shift without reallocating, as ticks are hot.
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
  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kMask;
  }
  shift() {
    const nextItem = this.list[this.bottom];
    if (nextItem === undefined) return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return nextItem;
  }
}
class FixedQueue {
  constructor() { this.head = this.tail = new FixedCircularBuffer(); }
  isEmpty() { return this.head.isEmpty(); }
  push(data) {
    if (this.head.isFull()) this.head = this.head.next = new FixedCircularBuffer();
    this.head.push(data);
  }
  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) {
      this.tail = tail.next;
      tail.next = null;
    }
    return next;
  }
}

const queue = new FixedQueue();

function nextTick(callback) {
  if (typeof callback !== 'function') {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  let args;
  switch (arguments.length) {
    case 1: break;
    case 2: args = [arguments[1]]; break;
    case 3: args = [arguments[1], arguments[2]]; break;
    case 4: args = [arguments[1], arguments[2], arguments[3]]; break;
    default:
      args = new Array(arguments.length - 1);
      for (let i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
  }
  if (tickInfo[kHasTickScheduled] === 0) tickInfo[kHasTickScheduled] = 1;
  const tock = new TickObject(callback, args,
                              frameState.enabled ? AsyncContextFrame.current() : undefined);
  if (initHooksExist()) {
    emitInit(tock[async_id_symbol], 'TickObject', tock[trigger_async_id_symbol], tock);
  }
  queue.push(tock);
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      const asyncId = tock[async_id_symbol];
      emitBefore(asyncId, tock[trigger_async_id_symbol], tock);
      if (frameState.enabled) AsyncContextFrame.set(tock.frame);
      try {
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
      } finally {
        if (destroyHooksExist()) emitDestroy(asyncId);
      }
      emitAfter(asyncId);
    }
    if (frameState.enabled) AsyncContextFrame.set(undefined);
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
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
  const asyncId = newAsyncId();
  const triggerAsyncId = getDefaultTriggerAsyncId();
  const resource = { callback };
  if (initHooksExist()) emitInit(asyncId, 'Microtask', triggerAsyncId, resource);
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
      if (destroyHooksExist()) emitDestroy(asyncId);
    }
    emitAfter(asyncId);
  });
}

function setupTaskQueue() {
  setupPromiseRejectTracking();
  setTickCallback(processTicksAndRejections);
}

module.exports = { nextTick, queueMicrotask, setupTaskQueue, runMicrotasks, processTicksAndRejections };
