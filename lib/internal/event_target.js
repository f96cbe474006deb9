'use strict';

// The DOM's Event, CustomEvent and EventTarget, as Node has them: one target, no tree, so an event
// is only ever AT_TARGET; capture/bubbles/composed are kept and reported but change nothing.
//
// Listeners of one type form a doubly linked list hanging from `target[kEvents].get(type)`
// (`{ size, next }`), each node with `listener`, `next`, `previous`: lib/events.js walks that
// layout for getEventListeners(). Dispatch follows `next` links, so a listener removed during a
// dispatch is skipped and one added during it is still reached, as in Node.
// A throwing listener does not stop the others: its error is rethrown on the next tick, where it
// becomes an uncaught exception; a listener's rejected promise ends the same way.

const {
  FunctionPrototypeCall,
  ObjectDefineProperties,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ReflectApply,
  SafeMap,
  SafeSet,
  SafeWeakMap,
  SafeWeakSet,
  Symbol,
  SymbolFor,
  SymbolToStringTag,
  WeakRef,
  FinalizationRegistry,
} = primordials;

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  kValidateObjectAllowObjects,
  validateAbortSignal,
  validateObject,
} = require('internal/validators');
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const perfBinding = internalBinding('performance');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsEventTarget = SymbolFor('nodejs.event_target');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

const kEmptyObject = Object.freeze({ __proto__: null });

// The inspect options for one level down, as Node's custom inspectors pass them on.
function innerOptions(options) {
  return {
    ...options,
    depth: options.depth === null ? null : options.depth - 1,
  };
}

// ---------------------------------------------------------------------------------------------
// Event

const isTrustedSet = new SafeWeakSet();

// Dispatch state lives in private fields; EventTarget reaches it through these, set up in the
// class's static block.
let isEvent;
let beginDispatch;
let endDispatch;
let immediatePropagationStopped;
let isDispatching;

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #timeStamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #immediateStopped = false;
  #target = null;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    this.#type = `${type}`;
    if (options == null) {
      this.#bubbles = false;
      this.#cancelable = false;
      this.#composed = false;
    } else {
      validateObject(options, 'options', kValidateObjectAllowNullable);
      this.#bubbles = !!options.bubbles;
      this.#cancelable = !!options.cancelable;
      this.#composed = !!options.composed;
      if (options[kTrustEvent]) isTrustedSet.add(this);
    }
    this.#timeStamp = perfBinding.now();
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #type in value;
    beginDispatch = (event, target) => {
      event.#target = target;
      event.#dispatching = true;
      event.#immediateStopped = false;
    };
    endDispatch = (event) => {
      event.#dispatching = false;
    };
    immediatePropagationStopped = (event) => event.#immediateStopped;
    isDispatching = (event) => event.#dispatching;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, innerOptions(options))}`;
  }

  // Legacy: re-initialises an event that is not being dispatched.
  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this.#immediateStopped = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#target;
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#type;
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

// WebIDL's shape: members enumerable, isTrusted unforgeable (non-configurable) and false unless
// tide itself fired the event (AbortSignal's 'abort').
const enumerableMember = { __proto__: null, enumerable: true };
ObjectDefineProperties(Event.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
  },
  initEvent: enumerableMember,
  stopImmediatePropagation: enumerableMember,
  preventDefault: enumerableMember,
  target: enumerableMember,
  currentTarget: enumerableMember,
  srcElement: enumerableMember,
  type: enumerableMember,
  cancelable: enumerableMember,
  defaultPrevented: enumerableMember,
  timeStamp: enumerableMember,
  composedPath: enumerableMember,
  returnValue: enumerableMember,
  bubbles: enumerableMember,
  composed: enumerableMember,
  eventPhase: enumerableMember,
  cancelBubble: enumerableMember,
  stopPropagation: enumerableMember,
  isTrusted: {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get: ObjectGetOwnPropertyDescriptor({
      get isTrusted() { return isTrustedSet.has(this); },
    }, 'isTrusted').get,
  },
});

const kPhases = [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]];
for (const [name, value] of kPhases) {
  const desc = { __proto__: null, value, writable: false, enumerable: true, configurable: false };
  // Node has them on the interface object only.
  ObjectDefineProperty(Event, name, desc);
}

// ---------------------------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }

  static isCustomEvent(value) {
    return value !== null && typeof value === 'object' && #detail in value;
  }
}
const { isCustomEvent } = CustomEvent;
delete CustomEvent.isCustomEvent;

ObjectDefineProperties(CustomEvent.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
  },
  detail: enumerableMember,
});

// ---------------------------------------------------------------------------------------------
// Listeners

// Weak listeners (internal: a target's listener on its signal's 'abort'): the signal must not
// keep the target alive. The node holds the callback weakly, the owner (that target) holds it
// strongly through `weakOwners` (owner -> Set of callbacks) until the node is removed, and once
// the callback is collected with its owner the node leaves its list.
let weakOwners;
let weakRegistry;
function lazyWeakListeners() {
  if (weakRegistry === undefined) {
    weakOwners = new SafeWeakMap();
    weakRegistry = new FinalizationRegistry((node) => node.unlinkCollected());
  }
}

class Listener {
  constructor(target, type, previous, listener, once, capture, passive, weak,
              resistStopPropagation) {
    // `previous` is the list's root for the first node, so unlinking needs no special case.
    this.next = undefined;
    this.previous = previous;
    previous.next = this;
    this.target = weak === undefined ? undefined : new WeakRef(target);
    this.type = type;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    this.weak = weak !== undefined;
    if (this.weak) {
      lazyWeakListeners();
      let owned = weakOwners.get(weak);
      if (owned === undefined) {
        owned = new SafeSet();
        weakOwners.set(weak, owned);
      }
      owned.add(listener);
      weakRegistry.register(listener, this, this);
      this.owner = new WeakRef(weak);
      this.listener = new WeakRef(listener);
    } else {
      this.listener = listener;
    }
  }

  get value() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.value === listener && this.capture === capture;
  }

  remove() {
    if (this.removed) return;
    this.removed = true;
    this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    if (this.weak) {
      weakRegistry.unregister(this);
      const owner = this.owner.deref();
      if (owner !== undefined) weakOwners.get(owner)?.delete(this.listener.deref());
    }
  }

  // The weakly held callback was collected: drop the node from its target's list.
  unlinkCollected() {
    if (this.removed) return;
    const target = this.target.deref();
    this.remove();
    if (target === undefined) return;
    const root = target[kEvents].get(this.type);
    if (root === undefined) return;
    root.size--;
    if (root.size === 0) target[kEvents].delete(this.type);
  }

  call(target, event) {
    const listener = this.value;
    if (listener === undefined) return undefined;
    if (typeof listener === 'function') return FunctionPrototypeCall(listener, target, event);
    // Looked up on every call, as the DOM does: the object may change its handleEvent.
    return ReflectApply(listener.handleEvent, listener, [event]);
  }
}

function validateListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object without handleEvent (yet) is accepted: handleEvent is read at dispatch.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateListenerOptions(options) {
  if (typeof options === 'boolean') return { __proto__: null, capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return options;
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// A listener that returned a thenable: its rejection is reported like a thrown error.
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    FunctionPrototypeCall(then, promise, undefined, emitUncaughtException);
  }
}

// ---------------------------------------------------------------------------------------------
// EventTarget

function isEventTarget(value) {
  return value !== null && typeof value === 'object' && value[kEvents] instanceof SafeMap;
}

// These own symbol properties are what lib/events.js reads (kEvents, the max-listeners pair);
// they are not enumerable so that spreading or deep-comparing a target sees nothing.
function defineHidden(self, key, value) {
  ObjectDefineProperty(self, key, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

// Makes `self` (an object that does not come from the EventTarget constructor, such as a
// NodeEventTarget-style mixin) usable as a target.
function initEventTarget(self) {
  defineHidden(self, kEvents, new SafeMap());
  defineHidden(self, kMaxEventTargetListeners, EventEmitter.defaultMaxListeners);
  defineHidden(self, kMaxEventTargetListenersWarned, false);
  defineHidden(self, kHandlers, undefined);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Called after a listener was added: warns once when a type has more listeners than the
  // target's limit (events.setMaxListeners()).
  [kNewListener](size, type) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      // A warning, not an error: no code.
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
                          `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    options = validateListenerOptions(options);
    const once = !!options.once;
    const capture = !!options.capture;
    const passive = !!options.passive;
    const signal = options.signal;
    const weak = options[kWeakHandler];
    const resistStopPropagation = !!options[kResistStopPropagation];
    validateAbortSignal(signal, 'options.signal');

    if (!validateListener(listener)) {
      // The DOM accepts null here and does nothing; Node says so in a warning.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;

    if (signal !== undefined) {
      if (signal.aborted) return;
      // Removed again when the signal aborts; the signal holds that callback weakly, so it does
      // not keep this target alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation };
      new Listener(this, type, root, listener, once, capture, passive, weak,
                   resistStopPropagation);
      events.set(type, root);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      return;
    }

    let previous = root;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) return;  // already listening: the DOM ignores it
      previous = handler;
    }
    new Listener(this, type, previous, listener, once, capture, passive, weak,
                 resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= resistStopPropagation;
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = `${type}`;
    // Not validated, as in Node: only the capture flag matters here.
    const capture = typeof options === 'boolean' ? options : !!options?.capture;

    const events = this[kEvents];
    const root = events.get(type);
    if (root === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) events.delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, innerOptions(options))}`;
  }
}

ObjectDefineProperties(EventTarget.prototype, {
  [SymbolToStringTag]: {
    __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
  },
  addEventListener: enumerableMember,
  removeEventListener: enumerableMember,
  dispatchEvent: enumerableMember,
});

function dispatch(target, event) {
  const events = target[kEvents];
  const type = event.type;
  beginDispatch(event, target);
  const root = events.get(type);
  let handler = root?.next;
  while (handler !== undefined) {
    const next = handler.next;
    if (immediatePropagationStopped(event) && !handler.resistStopPropagation) {
      // Only internal listeners (a signal option's cleanup) outlive stopImmediatePropagation().
      if (!root.resistStopPropagation) break;
      handler = next;
      continue;
    }
    if (handler.removed) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      if (root.size === 0 && events.get(type) === root) events.delete(type);
      target[kRemoveListener](root.size, type, handler.value, handler.capture);
    }
    try {
      const result = handler.call(target, event);
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    }
    handler = next;
  }
  endDispatch(event);
}

// ---------------------------------------------------------------------------------------------
// Event handler attributes (`onabort`), as HTML defines them: setting a function registers one
// wrapper listener (once; later functions replace the one it calls, in the same place), setting
// anything else unregisters it. The getter returns what was set, as Node's does.

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  eventHandler.registered = false;
  return eventHandler;
}

function defineEventHandler(prototype, name, type = name) {
  const key = `on${name}`;
  ObjectDefineProperty(prototype, key, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: {
      [`get ${key}`]() {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        return this[kHandlers]?.get(type)?.handler ?? null;
      },
    }[`get ${key}`],
    set: {
      [`set ${key}`](value) {
        if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
        this[kHandlers] ??= new SafeMap();
        let wrapped = this[kHandlers].get(type);
        if (wrapped === undefined) {
          wrapped = makeEventHandler(value);
          this[kHandlers].set(type, wrapped);
        } else {
          wrapped.handler = value;
        }
        const active = typeof value === 'function';
        if (active && !wrapped.registered) {
          this.addEventListener(type, wrapped);
          wrapped.registered = true;
        } else if (!active && wrapped.registered) {
          this.removeEventListener(type, wrapped);
          wrapped.registered = false;
        }
      },
    }[`set ${key}`],
  });
}

module.exports = {
  CustomEvent,
  defineEventHandler,
  Event,
  EventTarget,
  initEventTarget,
  isEventTarget,
  kEvents,
  kIsEventTarget,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
