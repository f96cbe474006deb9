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
  queue.push({ callback, args, frame: frameState.enabled ? AsyncContextFrame.current() : undefined });
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
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
  enqueueMicrotask(() => {
    const prior = frameState.enabled ? AsyncContextFrame.exchange(frame) : undefined;
    try {
      callback();
    } catch (error) {
      // Like an exception in any other callback: 'uncaughtException' or the fatal report.
      triggerUncaughtException(error, false);
    } finally {
      if (frameState.enabled) AsyncContextFrame.set(prior);
    }
  });
}

function setupTaskQueue() {
  setupPromiseRejectTracking();
  setTickCallback(processTicksAndRejections);
}

module.exports = { nextTick, queueMicrotask, setupTaskQueue, runMicrotasks, processTicksAndRejections };
