'use strict';
// node:async_hooks: AsyncLocalStorage and AsyncResource, on the async context frame
// (internal/async_context_frame.js; the design Node 24 uses with --experimental-async-context-frame
// and makes the default later). The low-level async_hooks API (createHook, execution/trigger async
// ids, executionAsyncResource) is not implemented: those throw ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { AsyncContextFrame } = require('internal/async_context_frame');

let nextAsyncId = 1;  // ids of AsyncResources; 1 is the top level, as in Node

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = '';

  // Node 22 takes no arguments; Node 24's options (name, defaultValue) are read when given.
  constructor(options) {
    if (options !== null && typeof options === 'object') {
      if (options.name !== undefined) this.#name = `${options.name}`;
      this.#defaultValue = options.defaultValue;
    }
    AsyncContextFrame.enable();
  }

  get name() {
    return this.#name;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = AsyncContextFrame.current();
    return function runInAsyncScope(fn, ...args) {
      const prior = AsyncContextFrame.exchange(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        AsyncContextFrame.set(prior);
      }
    };
  }

  disable() {
    const frame = AsyncContextFrame.current();
    if (frame?.has(this)) {
      // Frames are shared by every callback that captured them: change a copy.
      const next = new AsyncContextFrame(this, undefined);
      next.delete(this);
      AsyncContextFrame.set(next);
    }
  }

  getStore() {
    const frame = AsyncContextFrame.current();
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
  }

  enterWith(store) {
    AsyncContextFrame.set(new AsyncContextFrame(this, store));
  }

  run(store, callback, ...args) {
    const prior = AsyncContextFrame.exchange(new AsyncContextFrame(this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      AsyncContextFrame.set(prior);
    }
  }

  exit(callback, ...args) {
    return this.run(undefined, callback, ...args);
  }
}

const kFrame = Symbol('kFrame');
const kAsyncId = Symbol('kAsyncId');
const kTriggerAsyncId = Symbol('kTriggerAsyncId');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    AsyncContextFrame.enable();
    this[kFrame] = AsyncContextFrame.current();
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerAsyncId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prior = AsyncContextFrame.exchange(this[kFrame]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      AsyncContextFrame.set(prior);
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length,
                writable: false },
      asyncResource: { __proto__: null, configurable: true, enumerable: true,
                       get() { return self; }, set(value) { self = value; } },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

function notImplemented(name) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(`async_hooks.${name}`);
  };
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook: notImplemented('createHook'),
  executionAsyncId: notImplemented('executionAsyncId'),
  triggerAsyncId: notImplemented('triggerAsyncId'),
  executionAsyncResource: notImplemented('executionAsyncResource'),
};
