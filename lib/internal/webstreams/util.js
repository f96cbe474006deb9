'use strict';
// Shared pieces of tide's WHATWG Streams implementation (lib/internal/webstreams/*): the internal
// state key and brand, the queue-with-sizes abstract operations, strategy extraction, promise
// helpers and inspect output. See docs/design-notes.md ("Web streams").

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

// Every stream object keeps its internal slots in one plain object under kState; kType names the
// interface (the brand check). Both symbols are private to these modules.
const kState = Symbol('kState');
const kType = Symbol('kType');
// Known to readable-stream's finished()/pipeline() (Symbol.for keys, as in Node): a deferred
// settled when the stream closes or errors, and the function that errors the stream.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const PromisePrototypeThen = Function.prototype.call.bind(Promise.prototype.then);
const PromiseResolve = Promise.resolve.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const ReflectApply = Reflect.apply;
const ArrayBufferPrototypeSlice = Function.prototype.call.bind(ArrayBuffer.prototype.slice);
const byteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const ArrayBufferByteLength = (buffer) => ReflectApply(byteLengthGetter, buffer, []);
const { isAnyArrayBuffer, isArrayBufferView, isDataView } =
  require('internal/util/types');

function hasBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

// A promise with its resolving functions; `settled` tells whether either was called (the spec
// asks whether some promises are still pending).
function createDeferred() {
  let resolveFn;
  let rejectFn;
  const promise = new Promise((res, rej) => {
    resolveFn = res;
    rejectFn = rej;
  });
  const deferred = {
    promise,
    settled: false,
    resolve(value) {
      deferred.settled = true;
      resolveFn(value);
    },
    reject(error) {
      deferred.settled = true;
      rejectFn(error);
    },
  };
  return deferred;
}

function nop() {}

// Marks a promise as handled (no unhandled-rejection report), as the spec's "set [[PromiseIsHandled]]".
function setPromiseHandled(promise) {
  PromisePrototypeThen(promise, nop, nop);
}

// "upon fulfillment/rejection": one reaction whose own promise never rejects (a reaction that
// throws is a bug in these modules; it is reported as an uncaught exception), so nothing needs to
// be marked handled and no second promise is made.
function uponPromise(promise, onFulfilled, onRejected) {
  PromisePrototypeThen(promise,
                       onFulfilled === undefined ? undefined : guardReaction(onFulfilled),
                       onRejected === undefined ? nop : guardReaction(onRejected));
}

function guardReaction(reaction) {
  return (value) => {
    try {
      reaction(value);
    } catch (error) {
      process.nextTick(() => { throw error; });
    }
  };
}

// Calls a user algorithm and turns a throw into a rejected promise (the spec's "promise calling").
function promiseCall(fn, thisArg, ...args) {
  try {
    return PromiseResolve(ReflectApply(fn, thisArg, args));
  } catch (error) {
    return PromiseReject(error);
  }
}

// A user callback member of a dictionary, bound to the dictionary: undefined when absent.
function getCallback(dict, name, argName) {
  const fn = dict?.[name];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(argName, 'Function', fn);
  return fn;
}

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => size(chunk);
}

// The queue-with-sizes of a controller: an array with a moving head, so dequeuing is O(1).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  peek() {
    return this.items[this.head];
  }

  last() {
    return this.items[this.items.length - 1];
  }

  clear() {
    this.items = [];
    this.head = 0;
  }
}

function dequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize = Math.max(0, container.queueTotalSize - pair.size);
  return pair.value;
}

function enqueueValueWithSize(container, value, size) {
  size = +size;
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ value, size });
  container.queueTotalSize += size;
}

function peekQueueValue(container) {
  return container.queue.peek().value;
}

function resetQueue(container) {
  container.queue.clear();
  container.queueTotalSize = 0;
}

// ArrayBuffer transfer: the bytes move to a new ArrayBuffer and the old one is detached.
function transferArrayBuffer(buffer) {
  return buffer.transfer();
}

function isDetached(buffer) {
  return buffer.detached;
}

function cloneAsUint8Array(view) {
  const buffer = ArrayBufferPrototypeSlice(view.buffer, view.byteOffset,
                                           view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

// `Name { a: …, b: … }` as Node prints web stream objects; nested objects one level shallower.
let inspectFn;
function customInspect(self, name, depth, options, fields) {
  if (depth < 0) return self;
  inspectFn ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspectFn(fields, opts)}`;
}

function makeEnumerable(cls, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, name);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, name, desc);
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = {
  kState,
  kType,
  kIsClosedPromise,
  kControllerErrorFunction,
  customInspectSymbol,
  PromisePrototypeThen,
  PromiseResolve,
  PromiseReject,
  ArrayBufferByteLength,
  isAnyArrayBuffer,
  isArrayBufferView,
  isDataView,
  hasBrand,
  createDeferred,
  nop,
  setPromiseHandled,
  uponPromise,
  promiseCall,
  getCallback,
  extractHighWaterMark,
  extractSizeAlgorithm,
  Queue,
  dequeueValue,
  enqueueValueWithSize,
  peekQueueValue,
  resetQueue,
  transferArrayBuffer,
  isDetached,
  cloneAsUint8Array,
  customInspect,
  makeEnumerable,
};
