'use strict';
// node:test's mock: MockTracker (mock.fn, mock.method, mock.getter, mock.setter, reset,
// restoreAll), the call-recording MockFunctionContext, and MockTimers (fake setTimeout,
// setInterval, setImmediate and Date driven by tick()/runAll()).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateNumber, validateObject,
  validateOneOf, validateStringArray,
} = require('internal/validators');

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #onceImplementations = new Map();
  #restore;
  #times;

  constructor(implementation, restore, times, original) {
    this.#implementation = implementation;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = onCall ?? this.#calls.length;
    validateInteger(next, 'onCall', this.#calls.length);
    this.#onceImplementations.set(next, implementation);
  }

  resetCalls() {
    this.#calls = [];
  }

  restore() {
    if (this.#restore !== undefined) {
      const { descriptor, object, methodName } = this.#restore;
      Object.defineProperty(object, methodName, descriptor);
      this.#restore = undefined;
    }
  }

  // The implementation for the call about to happen (a once-implementation wins; after `times`
  // calls the original comes back).
  nextImpl() {
    const n = this.#calls.length;
    const once = this.#onceImplementations.get(n);
    if (once !== undefined) {
      this.#onceImplementations.delete(n);
      return once;
    }
    if (this.#times !== undefined && n >= this.#times) return this.#original;
    return this.#implementation;
  }

  record(call) {
    this.#calls.push(call);
  }
}

function makeMock(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, restore, times, original);
  const mock = new Proxy(original, {
    apply(target, thisArg, args) {
      const impl = ctx.nextImpl();
      let result;
      let error;
      try {
        result = Reflect.apply(impl, thisArg, args);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.record({ arguments: args, error, result, stack: new Error(), target: undefined,
                     this: thisArg });
      }
      return result;
    },
    construct(target, args, newTarget) {
      const impl = ctx.nextImpl();
      let result;
      let error;
      try {
        result = Reflect.construct(impl, args, newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx.record({ arguments: args, error, result, stack: new Error(), target,
                     this: result });
      }
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
  });
  return { mock, ctx };
}

function validateTimes(options) {
  const { times } = options;
  if (times !== undefined) validateInteger(times, 'options.times', 1);
  return times;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const times = validateTimes(options);
    const { mock, ctx } = makeMock(original, implementation, undefined, times);
    this.#mocks.push(ctx);
    return mock;
  }

  method(object, methodName, implementation = undefined, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'Object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      "cannot be used with 'options.getter'");
    }
    const times = validateTimes(options);
    // The descriptor may live on the prototype chain.
    let descriptor;
    let holder = object;
    while (holder !== null && descriptor === undefined) {
      descriptor = Object.getOwnPropertyDescriptor(holder, methodName);
      if (descriptor === undefined) holder = Object.getPrototypeOf(holder);
    }
    if (descriptor === undefined) {
      throw new ERR_INVALID_ARG_VALUE('methodName', methodName, 'must be a method');
    }
    let original;
    if (getter) original = descriptor.get;
    else if (setter) original = descriptor.set;
    else original = descriptor.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original,
                                      getter ? 'must be a getter' : setter ? 'must be a setter' :
                                        'must be a method');
    }
    implementation ??= original;
    validateFunction(implementation, 'implementation');
    const ownDescriptor = Object.getOwnPropertyDescriptor(object, methodName);
    const restore = {
      object,
      methodName,
      descriptor: ownDescriptor ?? { ...descriptor, configurable: true },
    };
    if (ownDescriptor === undefined) {
      // Restoring removes the own property the mock added.
      restore.descriptor = undefined;
    }
    const { mock, ctx } = makeMock(original, implementation, undefined, times);
    const restoreFn = () => {
      if (restore.descriptor === undefined) delete object[methodName];
      else Object.defineProperty(object, methodName, restore.descriptor);
    };
    Object.defineProperty(ctx, 'restore', { value: restoreFn, configurable: true });
    const mocked = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      mocked.get = mock;
      mocked.set = descriptor.set;
    } else if (setter) {
      mocked.get = descriptor.get;
      mocked.set = mock;
    } else {
      mocked.value = mock;
      mocked.writable = descriptor.writable;
    }
    mocked.configurable = true;
    Object.defineProperty(object, methodName, mocked);
    this.#mocks.push(ctx);
    return mock;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  module() {
    const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_NOT_IMPLEMENTED('mock.module() (module mocking)');
  }

  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

// ----- MockTimers -----

const kSupportedApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];

class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = [];
  #nextId = 1;
  #seq = 0;
  #originals = null;
  #apis = [];

  #checkEnabled(what) {
    if (!this.#enabled) {
      throw new ERR_INVALID_STATE(`You should enable MockTimers first by calling the .enable() ` +
                                  `method. (${what})`);
    }
  }

  enable(options = { apis: kSupportedApis, now: 0 }) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? kSupportedApis;
    validateStringArray(apis, 'options.apis');
    for (const api of apis) validateOneOf(api, 'options.apis', kSupportedApis);
    let now = options.now ?? 0;
    if (now instanceof Date) now = now.getTime();
    validateNumber(now, 'options.now', 0);
    this.#now = now;
    this.#apis = [...apis];
    this.#enabled = true;
    const timersModule = require('timers');
    this.#originals = {
      global: {
        setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout,
        setInterval: globalThis.setInterval, clearInterval: globalThis.clearInterval,
        setImmediate: globalThis.setImmediate, clearImmediate: globalThis.clearImmediate,
        Date: globalThis.Date,
      },
      timers: {
        setTimeout: timersModule.setTimeout, clearTimeout: timersModule.clearTimeout,
        setInterval: timersModule.setInterval, clearInterval: timersModule.clearInterval,
        setImmediate: timersModule.setImmediate, clearImmediate: timersModule.clearImmediate,
      },
    };
    const add = (delay, repeat, fn, args) => {
      validateFunction(fn, 'callback');
      delay = Number(delay);
      if (!(delay >= 1) || delay > 2 ** 31 - 1) delay = 1;
      const timer = new MockTimer(this.#nextId++, this.#now + delay, repeat ? delay : null, fn,
                                  args, this.#seq++);
      this.#queue.push(timer);
      return timer;
    };
    const clear = (timer) => {
      if (timer == null) return;
      const i = this.#queue.findIndex((t) => t === timer || t.id === Number(timer));
      if (i !== -1) this.#queue.splice(i, 1);
    };
    const replace = (name, value) => {
      globalThis[name] = value;
      timersModule[name] = value;
    };
    if (apis.includes('setTimeout')) {
      replace('setTimeout', (fn, delay, ...args) => add(delay, false, fn, args));
      replace('clearTimeout', clear);
    }
    if (apis.includes('setInterval')) {
      replace('setInterval', (fn, delay, ...args) => add(delay, true, fn, args));
      replace('clearInterval', clear);
    }
    if (apis.includes('setImmediate')) {
      replace('setImmediate', (fn, ...args) => {
        const t = add(1, false, fn, args);
        t.at = this.#now;
        return t;
      });
      replace('clearImmediate', clear);
    }
    if (apis.includes('Date')) {
      globalThis.Date = makeMockDate(this.#originals.global.Date, () => this.#now);
    }
  }

  setTime(milliseconds) {
    this.#checkEnabled('setTime');
    validateNumber(milliseconds, 'time', 0);
    this.#now = milliseconds;
  }

  tick(milliseconds = 1) {
    this.#checkEnabled('tick');
    validateNumber(milliseconds, 'time', 0);
    // As in Node, the clock moves to the end first; due timers then fire in order.
    this.#now += milliseconds;
    for (;;) {
      const next = this.#nextDue(this.#now);
      if (next === undefined) break;
      this.#fire(next);
    }
  }

  runAll() {
    this.#checkEnabled('runAll');
    let last = this.#now;
    for (const t of this.#queue) if (t.at > last) last = t.at;
    this.tick(last - this.#now);
  }

  #nextDue(limit) {
    let best;
    for (const t of this.#queue) {
      if (t.at > limit) continue;
      if (best === undefined || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }

  #fire(timer) {
    const i = this.#queue.indexOf(timer);
    this.#queue.splice(i, 1);
    if (timer.interval !== null) {
      timer.at += timer.interval;
      timer.seq = this.#seq++;
      this.#queue.push(timer);
    }
    Reflect.apply(timer.fn, undefined, timer.args);
  }

  reset() {
    if (!this.#enabled) return;
    const timersModule = require('timers');
    const { global, timers } = this.#originals;
    for (const [name, value] of Object.entries(global)) globalThis[name] = value;
    for (const [name, value] of Object.entries(timers)) timersModule[name] = value;
    this.#enabled = false;
    this.#queue = [];
    this.#now = 0;
  }

  [Symbol.dispose]() {
    this.reset();
  }
}

class MockTimer {
  constructor(id, at, interval, fn, args, seq) {
    this.id = id;
    this.at = at;
    this.interval = interval;
    this.fn = fn;
    this.args = args;
    this.seq = seq;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }

  hasRef() {
    return true;
  }

  refresh() {
    return this;
  }

  [Symbol.toPrimitive]() {
    return this.id;
  }
}

function makeMockDate(RealDate, now) {
  function MockDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [now()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  Object.setPrototypeOf(MockDate, RealDate);
  MockDate.prototype = RealDate.prototype;
  MockDate.now = () => now();
  MockDate.parse = RealDate.parse;
  MockDate.UTC = RealDate.UTC;
  return MockDate;
}

module.exports = { MockTracker, MockFunctionContext, MockTimers };
