'use strict';

// node:events — EventEmitter and the helpers around it (once, on, getEventListeners, …).
// Loaded very early in bootstrap: everything else in lib/ is required lazily.
//
// Listener storage follows Node (npm packages read it): `_events[type]` is the listener
// function itself when there is one, an array when there are several. Unlike Node, emit()
// does not copy the array to iterate it: it records the array as being emitted, and adding
// or removing a listener copies an array that is being emitted instead of changing it, so
// an emit in progress still calls the listeners it started with.

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// Option of events.on(): yield the first argument of each event instead of an array
// of all of them (readline uses it). Exposed as a non-enumerable static for lib/.
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

// Listener arrays that an emit() in progress is iterating, innermost last.
const emittingLists = [];
let emittingDepth = 0;

function isEmitting(list) {
  for (let i = 0; i < emittingDepth; i++) {
    if (emittingLists[i] === list) return true;
  }
  return false;
}

// The array to change when adding or removing a listener: a copy if an emit is using it.
function writableList(list) {
  if (emittingDepth === 0 || !isEmitting(list)) return list;
  const copy = list.slice();
  if (list.warned === true) copy.warned = true;
  return copy;
}

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
const kEmptyObject = Object.freeze({ __proto__: null });
// A new listener table: Object.create(null) is the same null-prototype dictionary object as the
// literal `{ __proto__: null }`, made by a cheaper builtin (CreateObjectWithoutProperties, ~115
// instructions) than the literal's CreateShallowObjectLiteral, which copies the boilerplate's
// dictionary (~390 with the copy).
const ObjectCreate = Object.create;

let defaultMaxListeners = 10;

// Lazily loaded modules.
let errors;
let validators;
let inspect;

function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}

function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

function lazyInspect(value, options) {
  if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
  return inspect(value, options);
}

function checkListener(listener) {
  if (typeof listener !== 'function') lazyValidators().validateFunction(listener, 'listener');
}

function newInvalidArgType(name, expected, actual) {
  return new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, expected, actual);
}

function newAbortError(signal) {
  return new (lazyErrors().AbortError)(undefined, { cause: signal?.reason });
}

function disposeSymbol() {
  return Symbol.dispose ?? Symbol.for('nodejs.dispose');
}

// ---------------------------------------------------------------------------------------------
// The constructor and its statics

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    lazyValidators().validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});

// Symbols shared with lib/ (EventTarget, readline); not enumerable, as in Node.
for (const [name, value] of [
  ['kMaxEventTargetListeners', kMaxEventTargetListeners],
  ['kMaxEventTargetListenersWarned', kMaxEventTargetListenersWarned],
  ['kFirstEventParam', kFirstEventParam],
]) {
  Object.defineProperty(EventEmitter, name, {
    __proto__: null, value, enumerable: false, configurable: false, writable: false,
  });
}

EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else {
      throw newInvalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Domains (and old userland code) replace or call this; keep it a property lookup.
EventEmitter.init = function(opts) {
  const events = this._events;
  if (events !== undefined && events === shapedEvents) {
    // The table a stream constructor just made (markShapedEvents): own, and not the prototype's,
    // so the Object.getPrototypeOf() below (a runtime call in a constructor) is not needed.
    shapedEvents = null;
    this[kShapeMode] = true;
  } else if (events === undefined || events === Object.getPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // A subclass pre-filled _events with its event names (as undefined) so that the
    // object keeps one shape: removals then store undefined instead of deleting.
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // An own property keeps the read after each listener call off the prototype chain.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
const originalInit = EventEmitter.init;

// What EventEmitter.init (events.js's own) does for an emitter whose stream constructor has just
// given it its own pre-shaped table: Readable calls this instead of going through Stream.call()
// while EventEmitter.init is not replaced. It needs no markShapedEvents() hand-over: that stores
// the new table, a young object, into a module variable, a write barrier's slow path per stream.
// (init's steps for that case, kept apart so that init stays as V8 inlines it today.)
function initShaped(emitter, opts) {
  emitter[kShapeMode] = true;
  emitter._maxListeners = emitter._maxListeners || undefined;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    emitter[kCapture] = Boolean(opts.captureRejections);
  } else {
    emitter[kCapture] = EventEmitter.prototype[kCapture];
  }
}

// The pre-shaped listener table a stream constructor made for the emitter it is building, whose
// EventEmitter.init comes next (lib/internal/streams: Readable, Writable, the legacy Stream).
let shapedEvents = null;
function markShapedEvents(table) { shapedEvents = table; }

EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

const proto = EventEmitter.prototype;

Object.defineProperty(proto, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});

proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

// ---------------------------------------------------------------------------------------------
// Max listeners

proto.setMaxListeners = function setMaxListeners(n) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? EventEmitter.defaultMaxListeners : n;
}

proto.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function warnMaxListeners(target, type, count, max) {
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${lazyInspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

// ---------------------------------------------------------------------------------------------
// emit

// No copy of a listener array here (see the top of the file). The arguments after `type` are
// read from `arguments` by index, and handed on with .call() for up to three of them: a rest
// parameter would be an array made at every call that is not inlined (an HTTP server's 'request'
// emit, say) and the call a CallWithArrayLike; optimized code makes no arguments object for
// these uses. An array is made only on the uncommon paths.
proto.emit = function emit(type) {
  // Kept small so that optimizing compilers inline it into hot callers (a stream's read loop
  // emits 'data' once per chunk); 'error', missing _events and several listeners go out of line.
  const events = this._events;
  if (events === undefined || type === 'error') {
    const args = [];
    for (let i = 1; i < arguments.length; i++) args.push(arguments[i]);
    const handled = emitUncommon(this, events, type, args);
    if (handled !== kUnhandledError) return handled;
    // Thrown here rather than in a helper, so that the stack starts at emit(), as in Node.
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      addEmitterStack(this, er);
      throw er; // Unhandled 'error' event
    }
    const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(describeValue(er));
    err.context = er;
    throw err; // Unhandled 'error' event
  }
  const handler = events[type];
  if (handler === undefined) return false;
  const argc = arguments.length;
  let result;
  let called = false;
  if (typeof handler === 'function') {
    called = true;
    if (argc === 2) result = handler.call(this, arguments[1]);
    else if (argc === 1) result = handler.call(this);
    else if (argc === 3) result = handler.call(this, arguments[1], arguments[2]);
    else if (argc === 4) result = handler.call(this, arguments[1], arguments[2], arguments[3]);
    else called = false;
    // Most listeners return undefined: test that first.
    if (called && (result === undefined || result === null)) return true;
  }
  // Several listeners, more than three arguments, or a returned value to watch: an array.
  const args = [];
  for (let i = 1; i < argc; i++) args.push(arguments[i]);
  if (typeof handler !== 'function') return emitList(this, handler, type, args);
  if (!called) result = Reflect.apply(handler, this, args);
  if (result !== undefined && result !== null) addCatch(this, result, type, args);
  return true;
};

// emit() of 'error' (kErrorMonitor listeners first; kUnhandledError when nobody listens), or of
// anything on an emitter without _events.
const kUnhandledError = Symbol('kUnhandledError');
function emitUncommon(emitter, events, type, args) {
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      emitter.emit(kErrorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) return kUnhandledError;
    const handler = events.error;
    if (typeof handler !== 'function') return emitList(emitter, handler, type, args);
    const result = handler.apply(emitter, args);
    if (result !== undefined && result !== null) addCatch(emitter, result, type, args);
    return true;
  }
  return false;
}

function emitList(emitter, handler, type, args) {
  const len = handler.length;
  emittingLists[emittingDepth++] = handler;
  try {
    for (let i = 0; i < len; i++) {
      const result = handler[i].apply(emitter, args);
      if (result !== undefined && result !== null) addCatch(emitter, result, type, args);
    }
  } finally {
    emittingLists[--emittingDepth] = undefined;
  }
  return true;
}

// One listener, one argument: emit()'s call for lib/internal/events/hot_path.js users.
function callListener(emitter, listener, type, arg) {
  const result = listener.call(emitter, arg);
  if (result !== undefined && result !== null) addCatch(emitter, result, type, [arg]);
}

// Lets the uncaught-exception printer show where the error was emitted (when
// internal/errors provides the hook).
function addEmitterStack(emitter, er) {
  const { kEnhanceStackBeforeInspector } = lazyErrors();
  if (kEnhanceStackBeforeInspector === undefined) return;
  try {
    const capture = {};
    Error.captureStackTrace(capture, EventEmitter.prototype.emit);
    Object.defineProperty(er, kEnhanceStackBeforeInspector, {
      __proto__: null,
      value: enhanceStackTrace.bind(emitter, er, capture),
      configurable: true,
    });
  } catch {
    // The error object may be frozen or exotic: it is thrown as it is.
  }
}

function describeValue(value) {
  try {
    return lazyInspect(value);
  } catch {
    return value;
  }
}

// For the uncaught-exception printer: the error's stack, then where it was emitted from,
// with the frames both stacks share folded into one line.
function enhanceStackTrace(err, own) {
  let where = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') where = ` on ${name} instance`;
  } catch {
    // Keep the plain header.
  }
  const errLines = String(err.stack).split('\n').slice(1);
  const ownLines = String(own.stack).split('\n').slice(1);

  // Find the first run of at least four frames of ownLines that also appears in errLines.
  for (let i = 0; i < ownLines.length - 3; i++) {
    const pos = errLines.indexOf(ownLines[i]);
    if (pos === -1 || errLines.length - pos <= 3) continue;
    const max = Math.min(ownLines.length - i, errLines.length - pos);
    let len = 1;
    while (len < max && ownLines[i + len] === errLines[pos + len]) len++;
    if (len > 3) {
      ownLines.splice(i + 1, len - 2, '    [... lines matching original stack trace ...]');
      break;
    }
  }
  return `${err.stack}\nEmitted 'error' event${where} at:\n${ownLines.join('\n')}`;
}

// captureRejections: a listener returned a thenable; route its rejection to the emitter.
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    // `then` may be a getter that throws, or that answers differently a second time.
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        // On the next tick, so that a throwing handler is not a new rejection of this chain.
        process.nextTick(emitRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Emit 'error' with capturing off, or a rejecting 'error' listener would loop forever.
  const prev = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = prev;
  }
}

// ---------------------------------------------------------------------------------------------
// Adding listeners

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    // Emitted before adding, so that a 'newListener' listener does not see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // The listener may have replaced _events (removeAllListeners()).
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = events[type] = writableList(existing);
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }

  const max = maxListenersOf(target);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnMaxListeners(target, type, list.length, max);
  }
  return target;
}

proto.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// once() registers a bound wrapper (as Node does, so rawListeners() and util.inspect show
// `bound onceWrapper` with a `listener` property); `this` is the wrapper's state.
function onceWrapper() {
  if (this.fired) return undefined;
  this.fired = true;
  this.target.removeListener(this.type, this.wrapFn);
  return this.listener.apply(this.target, arguments);
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

// ---------------------------------------------------------------------------------------------
// Removing listeners

proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      // No listener left, so no 'removeListener' listener either.
      this._events = ObjectCreate(null);
      return this;
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }

  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;

  if (list.length === 2) {
    events[type] = list[1 - position];
  } else {
    const rest = events[type] = writableList(list);
    if (position === 0) {
      rest.shift();
    } else {
      const last = rest.length - 1;
      for (let i = position; i < last; i++) rest[i] = rest[i + 1];
      rest.pop();
    }
  }

  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
};

proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': drop the lot.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else if (events[type] !== undefined) {
      this._eventsCount--;
      if (this[kShapeMode]) {
        // As removeListener does: a slot of the stream's pre-shaped table is set back to
        // undefined (deleting it turned the table into a dictionary: an HTTP server drops each
        // request's 'data' listeners this way).
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = ObjectCreate(null);
      } else {
        delete events[type];
      }
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key !== 'removeListener') this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added, first removed.
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

// ---------------------------------------------------------------------------------------------
// Inspecting listeners

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const value = events[type];
  if (value === undefined) return [];
  if (typeof value === 'function') return [unwrap ? value.listener || value : value];

  const copy = value.slice();
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const value = events[type];
  if (value === undefined) return 0;

  if (typeof value === 'function') {
    if (listener == null) return 1;
    return value === listener || value.listener === listener ? 1 : 0;
  }
  if (listener == null) return value.length;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === listener || value[i].listener === listener) count++;
  }
  return count;
}

proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const names = Reflect.ownKeys(this._events);
  // Pre-shaped _events (streams) keeps names whose listeners are gone, also after
  // removeAllListeners(type) has left shape mode.
  const events = this._events;
  return names.filter((name) => events[name] !== undefined);
};

// ---------------------------------------------------------------------------------------------
// Module-level helpers: getEventListeners, getMaxListeners, addAbortListener

let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(value) {
  // Only ask internal/event_target about objects that look like one.
  if (value === null || typeof value !== 'object' ||
      typeof value.addEventListener !== 'function') {
    return false;
  }
  return lazyEventTarget().isEventTarget(value);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    const { kEvents } = lazyEventTarget();
    const result = [];
    let handler = emitterOrTarget[kEvents].get(type)?.next;
    while (handler?.listener !== undefined) {
      const listener = handler.listener;
      result.push(typeof listener?.deref === 'function' ? listener.deref() : listener);
      handler = handler.next;
    }
    return result;
  }
  throw newInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw newInvalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw newInvalidArgType('signal', 'AbortSignal', signal);
  const { validateAbortSignal, validateFunction } = lazyValidators();
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    // The internal one: user code may have replaced the global.
    const { queueMicrotask } = require('internal/process/task_queues');
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      remove?.();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// events.once() and events.on(): EventEmitter or EventTarget

function addAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw newInvalidArgType('emitter', 'EventEmitter', emitter);
  }
}

function removeAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw newInvalidArgType('emitter', 'EventEmitter', emitter);
  }
}

async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw newAbortError(signal);

  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) removeAnyListener(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      if (signal != null) removeAnyListener(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      removeAnyListener(emitter, name, onEvent);
      removeAnyListener(emitter, 'error', onError);
      reject(newAbortError(signal));
    }

    addAnyListener(emitter, name, onEvent, { __proto__: null, once: true });
    // EventTargets have no 'error' semantics: only EventEmitters get an error listener.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    if (signal != null) {
      addAnyListener(signal, 'abort', onAbort, { __proto__: null, once: true });
    }
  });
}

// A FIFO without Array#shift's O(n) copies.
class Queue {
  #items = [];
  #head = 0;

  get size() {
    return this.#items.length - this.#head;
  }

  push(value) {
    this.#items.push(value);
  }

  shift() {
    const items = this.#items;
    const value = items[this.#head];
    items[this.#head++] = undefined;
    if (this.#head === items.length) {
      items.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > items.length) {
      items.splice(0, this.#head);
      this.#head = 0;
    }
    return value;
  }
}

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  const { validateAbortSignal, validateInteger } = lazyValidators();
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw newAbortError(signal);

  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const events = new Queue();   // events not yet read
  const waiting = new Queue();  // next() promises not yet settled
  const registered = [];        // [emitter, name, listener] to remove when done
  let paused = false;
  let error = null;
  let finished = false;
  let removeAbortListener;

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.size > 0) {
        const value = events.shift();
        if (paused && events.size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      // An error is reported once, then the iterator is done.
      if (error) {
        const rejected = Promise.reject(error);
        error = null;
        return rejected;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },

    return() {
      return close();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw newInvalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      }
      onError(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return events.size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  function listen(name, listener) {
    addAnyListener(emitter, name, listener);
    registered.push([name, listener]);
  }

  listen(event, options[kFirstEventParam] ? onEvent : (...args) => onEvent(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', onError);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], close);
  }
  if (signal) {
    const disposable = addAbortListener(signal, () => onError(newAbortError(signal)));
    removeAbortListener = () => disposable[disposeSymbol()]();
  }
  return iterator;

  function onEvent(value) {
    if (waiting.size > 0) {
      waiting.shift().resolve(iterResult(value, false));
      return;
    }
    events.push(value);
    if (!paused && events.size > highWatermark) {
      paused = true;
      emitter.pause();
    }
  }

  function onError(err) {
    if (waiting.size > 0) waiting.shift().reject(err);
    else error = err;
    close();
  }

  function close() {
    if (removeAbortListener !== undefined) {
      removeAbortListener();
      removeAbortListener = undefined;
    }
    while (registered.length > 0) {
      const [name, listener] = registered.pop();
      removeAnyListener(emitter, name, listener);
    }
    finished = true;
    const done = iterResult(undefined, true);
    while (waiting.size > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
}

// ---------------------------------------------------------------------------------------------
// EventEmitterAsyncResource: built on first use, since async_hooks loads after events.

let EventEmitterAsyncResource;

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;

  const { AsyncResource } = require('async_hooks');
  const kEmitter = Symbol('kEventEmitter');
  const kResource = Symbol('kAsyncResource');

  function invalidThis(name) {
    return new (lazyErrors().codes.ERR_INVALID_THIS)(name);
  }

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEmitter] = emitter;
    }

    get eventEmitter() {
      if (this[kEmitter] === undefined) throw invalidThis('EventEmitterReferencingAsyncResource');
      return this[kEmitter];
    }
  }

  function resourceOf(emitter) {
    const resource = emitter?.[kResource];
    if (resource === undefined) throw invalidThis('EventEmitterAsyncResource');
    return resource;
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          lazyValidators().validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      return resourceOf(this).runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      resourceOf(this).emitDestroy();
    }

    get asyncId() {
      return resourceOf(this).asyncId();
    }

    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  };
  return EventEmitterAsyncResource;
}

{
  const hotPath = require('internal/events/hot_path');
  hotPath.emit = proto.emit;
  hotPath.listenerCount = proto.listenerCount;
  hotPath.callListener = callListener;
  hotPath.markShapedEvents = markShapedEvents;
  hotPath.init = originalInit;
  hotPath.initShaped = initShaped;
}
