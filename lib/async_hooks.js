'use strict';
// node:async_hooks: AsyncLocalStorage on the async context frame (internal/async_context_frame.js;
// the design Node 24 uses with --experimental-async-context-frame and makes the default later),
// AsyncResource, and the low-level API (createHook, executionAsyncId, triggerAsyncId,
// executionAsyncResource, asyncWrapProviders) from internal/async_hooks.js.

const {
  codes: { ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { AsyncContextFrame } = require('internal/async_context_frame');
const internalHooks = require('internal/async_hooks');
const {
  async_id_symbol, trigger_async_id_symbol, newAsyncId, getDefaultTriggerAsyncId,
  initHooksExist, destroyHooksExist, enabledHooksExist, emitInit, emitBefore, emitAfter,
  emitDestroy, hasAsyncIdStack, registerDestroyHook,
} = internalHooks;

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
const kDestroyed = Symbol('kDestroyed');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ?
        getDefaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    AsyncContextFrame.enable();
    this[kFrame] = AsyncContextFrame.current();
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    if (initHooksExist()) {
      // Node checks the type only when there is a hook to show it to.
      if (enabledHooksExist() && type.length === 0) throw new ERR_ASYNC_TYPE(type);
      emitInit(asyncId, type, triggerAsyncId, this);
    }
    if (!requireManualDestroy && destroyHooksExist()) {
      const state = { destroyed: false };
      this[kDestroyed] = state;
      registerDestroyHook(this, asyncId, state);
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const asyncId = this[async_id_symbol];
    emitBefore(asyncId, this[trigger_async_id_symbol], this);
    const prior = AsyncContextFrame.exchange(this[kFrame]);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      AsyncContextFrame.set(prior);
      if (hasAsyncIdStack()) emitAfter(asyncId);
    }
  }

  emitDestroy() {
    if (this[kDestroyed] !== undefined) this[kDestroyed].destroyed = true;
    emitDestroy(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
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

module.exports = {
  AsyncLocalStorage,
  createHook: internalHooks.createHook,
  executionAsyncId: internalHooks.executionAsyncId,
  triggerAsyncId: internalHooks.triggerAsyncId,
  executionAsyncResource: internalHooks.executionAsyncResource,
  asyncWrapProviders: internalHooks.asyncWrapProviders,
  AsyncResource,
};
