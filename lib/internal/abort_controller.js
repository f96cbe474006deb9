'use strict';

// AbortController and AbortSignal (DOM standard), with Node's statics and inspect output.
//
// Garbage collection: a signal from AbortSignal.timeout() is aborted by an unref'd timer that
// holds it only weakly, and a signal from AbortSignal.any() is reached from its sources only
// weakly, so neither keeps anything alive by itself. While such a signal has 'abort' listeners
// and can still abort, what can abort it holds it strongly: the pending timer, or each source
// (`#retained`). So the listeners still run, and a composite whose sources are all gone (and so
// can never abort) is collected with them.

const {
  FinalizationRegistry,
  FunctionPrototypeCall,
  ObjectDefineProperties,
  SafeSet,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  WeakRef,
} = primordials;

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');
const {
  defineEventHandler,
  Event,
  EventTarget,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/domexception');
const { Timeout, insert, unenroll } = require('internal/timers');

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');
const { dispatchEvent } = EventTarget.prototype;

let inspectFn;
function customInspect(self, object, depth, options) {
  if (depth < 0) return self;
  inspectFn ??= require('internal/util/inspect').inspect;
  const inner = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspectFn(object, inner)}`;
}

// Clears the timer of a timeout signal that was collected before it fired.
let timeoutRegistry;
// Drops a collected any() signal from its sources' lists of dependents.
let dependentRegistry;

let isAbortSignal;
let abortSignal;
let newAbortSignal;
let forgetDependent;
let retain;
let release;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  // any(): WeakRefs to the signals it follows (never themselves composite).
  #sources = undefined;
  // Sources: WeakRefs to the any() signals following this one.
  #dependents = undefined;
  // Sources: the any() signals with listeners that this one keeps alive.
  #retained = undefined;
  // timeout(): what the timer holds, { ref: WeakRef, strong: the signal while it has listeners }.
  #timerHold = undefined;

  constructor(key = undefined) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    isAbortSignal = (value) => value !== null && typeof value === 'object' && #aborted in value;

    newAbortSignal = (aborted = false, reason = undefined) => {
      const signal = new AbortSignal(kDontThrow);
      signal.#aborted = aborted;
      signal.#reason = reason;
      return signal;
    };

    // The DOM's "signal abort": the dependents that are not aborted yet take the reason first,
    // then this signal fires 'abort', then each dependent does.
    abortSignal = (signal, reason) => {
      if (signal.#aborted) return;
      signal.#aborted = true;
      signal.#reason = reason;
      const toAbort = [];
      if (signal.#dependents !== undefined) {
        for (const ref of signal.#dependents) {
          const dependent = ref.deref();
          if (dependent === undefined || dependent.#aborted) continue;
          dependent.#aborted = true;
          dependent.#reason = reason;
          release(dependent);
          toAbort.push(dependent);
        }
        signal.#dependents = undefined;
      }
      // After the walk above: until then `#retained` keeps the dependents with listeners alive.
      release(signal);
      fireAbort(signal);
      for (let i = 0; i < toAbort.length; i++) fireAbort(toAbort[i]);
    };

    // Whether what can abort `signal` keeps it alive (see the top of the file).
    retain = (signal, on) => {
      if (signal.#timerHold !== undefined) signal.#timerHold.strong = on ? signal : undefined;
      if (signal.#sources !== undefined) {
        for (const ref of signal.#sources) {
          const source = ref.deref();
          if (source === undefined) continue;
          if (on) {
            source.#retained ??= new SafeSet();
            source.#retained.add(signal);
          } else {
            source.#retained?.delete(signal);
          }
        }
      }
    };

    release = (signal) => {
      retain(signal, false);
      signal.#retained = undefined;
    };

    forgetDependent = ({ sources, resultRef }) => {
      for (const ref of sources) ref.deref()?.#dependents?.delete(resultRef);
    };
  }

  get aborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!isAbortSignal(this)) throw new ERR_INVALID_THIS('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  [customInspectSymbol](depth, options) {
    // Node's signals carry enumerable internal keys, so past the depth limit they print as
    // [AbortSignal] rather than as an empty object.
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return newAbortSignal(true, reason);
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = newAbortSignal();
    signal.#timerHold = { ref: new WeakRef(signal), strong: undefined };
    // Unref'd: a pending timeout signal never keeps the process alive.
    const timer = new Timeout(onTimeout, delay, [signal.#timerHold], false, false);
    insert(timer, timer._idleTimeout);
    timeoutRegistry ??= new FinalizationRegistry(unenroll);
    timeoutRegistry.register(signal, timer);
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    for (let i = 0; i < signals.length; i++) {
      if (!isAbortSignal(signals[i])) {
        throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signals[i]);
      }
    }
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.#aborted) return newAbortSignal(true, signal.#reason);
    }
    const result = newAbortSignal();
    const sources = [];
    const seen = new SafeSet();
    const resultRef = new WeakRef(result);
    const follow = (source) => {
      if (source === undefined || seen.has(source)) return;
      seen.add(source);
      sources.push(new WeakRef(source));
      source.#dependents ??= new SafeSet();
      source.#dependents.add(resultRef);
    };
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.#sources === undefined) {
        follow(signal);
      } else {
        // A composite follows its sources directly, never another composite.
        for (const ref of signal.#sources) follow(ref.deref());
      }
    }
    result.#sources = sources;
    if (sources.length > 0) {
      dependentRegistry ??= new FinalizationRegistry(forgetDependent);
      dependentRegistry.register(result, { sources, resultRef });
    }
    return result;
  }

  // A timeout or any() signal that can still abort stays alive while it has 'abort' listeners.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !this.#aborted) retain(this, true);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) retain(this, false);
  }
}

function fireAbort(signal) {
  // The prototype's method: a signal's own dispatchEvent property cannot intercept the event.
  FunctionPrototypeCall(dispatchEvent, signal, new Event('abort', { [kTrustEvent]: true }));
}

function onTimeout(hold) {
  const signal = hold.strong ?? hold.ref.deref();
  if (signal === undefined) return;
  abortSignal(signal, new DOMException('The operation was aborted due to timeout',
                                       'TimeoutError'));
}

defineEventHandler(AbortSignal.prototype, 'abort');
ObjectDefineProperties(AbortSignal.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  },
  aborted: { __proto__: null, enumerable: true },
});

class AbortController {
  #signal = undefined;

  get signal() {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= newAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= newAbortSignal();
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  static isAbortController(value) {
    return value !== null && typeof value === 'object' && #signal in value;
  }
}
const { isAbortController } = AbortController;
delete AbortController.isAbortController;

ObjectDefineProperties(AbortController.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'AbortController', writable: false, enumerable: false,
    configurable: true,
  },
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
});

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
  newAbortSignal,
};
