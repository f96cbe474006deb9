'use strict';
// MessagePort, MessageChannel, BroadcastChannel, MessageEvent and the stdio streams of workers.
// A MessagePort is the native object of internalBinding('messaging') (threads/message_port.h)
// whose prototype is made an EventTarget with Node's EventEmitter-style methods (on/once/off/emit),
// as Node's NodeEventTarget: `on('message', fn)` gets the value, `addEventListener('message', fn)`
// a MessageEvent. A 'message' listener starts the port and keeps the loop alive (ref) until the
// last one is removed.

const {
  MessagePort,
  messageChannel,
  broadcastChannel,
  receiveMessageOnPort: nativeReceiveMessageOnPort,
  drainMessagePort,
  setPortCallbacks,
} = internalBinding('messaging');
const {
  Event,
  EventTarget,
  initEventTarget,
  isEventTarget,
  kEvents,
  kNewListener,
  kRemoveListener,
  defineEventHandler,
} = require('internal/event_target');
const { isArrayBuffer } = require('internal/util/types');
const { isMarkedAsUntransferable } = require('internal/native_builtins');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_INVALID_TRANSFER_OBJECT,
    ERR_MISSING_ARGS,
    ERR_CONSTRUCT_CALL_INVALID,
  },
} = require('internal/errors');

const kNodeListeners = Symbol('kNodeListeners');
const kDirectHandler = Symbol('kDirectHandler');
const kOwner = Symbol('kOwner');
const kExplicitRef = Symbol('kExplicitRef');
const kClosed = Symbol('kClosed');

const nativeProto = MessagePort.prototype;
const nativePostMessage = nativeProto.postMessage;
const nativeStart = nativeProto.start;
const nativeClose = nativeProto.close;
const nativeRef = nativeProto.ref;
const nativeUnref = nativeProto.unref;
const nativeHasRef = nativeProto.hasRef;

// --- MessageEvent ------------------------------------------------------------------------------

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type);
    const {
      data = null, origin = '', lastEventId = '', source = null, ports = [],
    } = options ?? {};
    if (!Array.isArray(ports) && (ports === null || typeof ports[Symbol.iterator] !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('options.ports', 'Array', ports);
    }
    this.#data = data;
    this.#origin = `${origin}`;
    this.#lastEventId = `${lastEventId}`;
    this.#source = source;
    this.#ports = Object.freeze([...ports]);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessageEvent', configurable: true,
});

// --- the native callbacks --------------------------------------------------------------------

// A message arrived on `port` (type 'message', or 'messageerror' when it could not be read);
// `ports` is undefined when it carried none.
function emitMessage(port, data, ports, type) {
  const direct = port[kDirectHandler];
  if (direct !== undefined) return direct(data, type);
  const target = port[kOwner] ?? port;
  // Only on()-style listeners (the common case): they get the value, so no MessageEvent is made.
  const nodeStyle = target[kNodeListeners]?.get(type);
  if (nodeStyle !== undefined && nodeStyle.length > 0 && ports === undefined &&
      nodeStyle.length === target[kEvents].get(type)?.size) {
    if (nodeStyle.length === 1) return nodeStyle[0].direct(data);
    for (const wrapper of [...nodeStyle]) wrapper.direct(data);
    return;
  }
  target.dispatchEvent(new MessageEvent(type, { data, ports: ports ?? [] }));
}

function onInit(port) {
  initEventTarget(port);
}

function onClose() {
  this[kClosed] = true;
  const target = this[kOwner] ?? this;
  target.dispatchEvent(new Event('close'));
}

setPortCallbacks(emitMessage, onInit, onClose);

// --- MessagePort -------------------------------------------------------------------------------

function isMessagePort(value) {
  return value !== null && typeof value === 'object' && value[kEvents] !== undefined &&
    Object.getPrototypeOf(value) === MessagePort.prototype;
}

function asDOMException(error) {
  if (error === null || typeof error !== 'object' || error.name !== 'DataCloneError' ||
      error.code !== 25 || Object.getPrototypeOf(error) !== Error.prototype) {
    return error;
  }
  const { DOMException } = require('internal/domexception');
  const dom = new DOMException(error.message, 'DataCloneError');
  Error.captureStackTrace(dom, asDOMException);
  return dom;
}

// The items of a transferList (an iterable, or { transfer }), checked as Node does.
function readTransferList(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  if (typeof transfer !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transfer);
  }
  let list = transfer;
  if (!Array.isArray(list) && typeof list[Symbol.iterator] !== 'function') {
    list = list.transfer;
    if (list === undefined || list === null) return undefined;
    if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.transfer', 'Array', list);
    }
  }
  const items = [...list];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (isMarkedAsUntransferable(item)) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException('Cannot transfer object of unsupported type.', 'DataCloneError');
    }
    if (!isArrayBuffer(item) && !isMessagePort(item)) throw new ERR_INVALID_TRANSFER_OBJECT();
  }
  return items;
}

function postMessage(message, transfer) {
  if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
  if (arguments.length === 0) {
    // Node's C++ wording for this code (as structuredClone's argument errors).
    const error = new TypeError('Not enough arguments to MessagePort.postMessage');
    error.code = 'ERR_MISSING_ARGS';
    throw error;
  }
  const list = readTransferList(transfer);
  try {
    nativePostMessage.call(this, message, list);
  } catch (error) {
    throw asDOMException(error);
  }
}

// Reference counting by listeners, as Node: a port with 'message' listeners keeps the loop
// alive, unless unref() was called.
function portNewListener(size, type, ...rest) {
  EventTarget.prototype[kNewListener].call(this, size, type, ...rest);
  if (type === 'message' && size === 1 && !this[kClosed]) {
    if (this[kExplicitRef] !== false) nativeRef.call(this);
    nativeStart.call(this);
  }
}

function portRemoveListener(size, type) {
  if (type === 'message' && size === 0 && !this[kClosed]) nativeUnref.call(this);
}

// Node-style listeners: on('message', fn) → fn(value); other events → fn(event).
function nodeWrapper(target, type, listener, once) {
  const wrapper = function(event) {
    if (once) removeNodeListener(target, type, listener);
    return event instanceof MessageEvent ?
      Reflect.apply(listener, target, [event.data]) :
      Reflect.apply(listener, target, [event]);
  };
  wrapper.listener = listener;
  // Called by emitMessage with the value itself (no event object).
  wrapper.direct = function(data) {
    if (once) removeNodeListener(target, type, listener);
    return Reflect.apply(listener, target, [data]);
  };
  return wrapper;
}

function nodeListeners(target, type) {
  target[kNodeListeners] ??= new Map();
  let list = target[kNodeListeners].get(type);
  if (list === undefined) {
    list = [];
    target[kNodeListeners].set(type, list);
  }
  return list;
}

function addNodeListener(target, type, listener, once) {
  if (typeof listener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
  const wrapper = nodeWrapper(target, type, listener, once);
  nodeListeners(target, type).push(wrapper);
  target.addEventListener(type, wrapper);
  return target;
}

function removeNodeListener(target, type, listener) {
  const list = target[kNodeListeners]?.get(type);
  if (list === undefined) return target;
  const index = list.findIndex((w) => w.listener === listener);
  if (index === -1) return target;
  const [wrapper] = list.splice(index, 1);
  target.removeEventListener(type, wrapper);
  return target;
}

const nodeStyleMethods = {
  on(type, listener) { return addNodeListener(this, `${type}`, listener, false); },
  addListener(type, listener) { return addNodeListener(this, `${type}`, listener, false); },
  once(type, listener) { return addNodeListener(this, `${type}`, listener, true); },
  off(type, listener) { return removeNodeListener(this, `${type}`, listener); },
  removeListener(type, listener) { return removeNodeListener(this, `${type}`, listener); },
  removeAllListeners(type) {
    const types = type === undefined ? [...(this[kNodeListeners]?.keys() ?? [])] : [`${type}`];
    for (const t of types) {
      for (const wrapper of [...(this[kNodeListeners]?.get(t) ?? [])]) {
        removeNodeListener(this, t, wrapper.listener);
      }
    }
    return this;
  },
  emit(type, arg) {
    const event = type === 'message' || type === 'messageerror' ?
      new MessageEvent(type, { data: arg }) : new Event(type);
    this.dispatchEvent(event);
    return true;
  },
  listenerCount(type) { return this[kEvents]?.get(`${type}`)?.size ?? 0; },
  eventNames() { return [...(this[kEvents]?.keys() ?? [])]; },
  setMaxListeners(n) { return this; },
  getMaxListeners() { return 10; },
};

Object.setPrototypeOf(nativeProto, EventTarget.prototype);
Object.defineProperties(nativeProto, {
  postMessage: { __proto__: null, value: postMessage, writable: true, configurable: true, enumerable: true },
  start: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value: function start() {
      if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
      nativeStart.call(this);
    },
  },
  close: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value: function close(callback) {
      if (!isMessagePort(this)) throw new ERR_INVALID_THIS('MessagePort');
      if (typeof callback === 'function') this.once('close', callback);
      if (this[kClosed]) return;
      nativeClose.call(this, onClose);
    },
  },
  ref: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value: function ref() {
      this[kExplicitRef] = true;
      nativeRef.call(this);
      return this;
    },
  },
  unref: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value: function unref() {
      this[kExplicitRef] = false;
      nativeUnref.call(this);
      return this;
    },
  },
  hasRef: {
    __proto__: null, writable: true, configurable: true, enumerable: true,
    value: function hasRef() { return !!nativeHasRef.call(this); },
  },
  [kNewListener]: { __proto__: null, value: portNewListener, writable: true, configurable: true },
  [kRemoveListener]: { __proto__: null, value: portRemoveListener, writable: true, configurable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'MessagePort', configurable: true },
});
for (const [name, fn] of Object.entries(nodeStyleMethods)) {
  Object.defineProperty(nativeProto, name, {
    __proto__: null, value: fn, writable: true, configurable: true, enumerable: false,
  });
}
defineEventHandler(nativeProto, 'message');
defineEventHandler(nativeProto, 'messageerror');
defineEventHandler(nativeProto, 'close');

// --- MessageChannel ----------------------------------------------------------------------------

class MessageChannel {
  #port1;
  #port2;
  constructor() {
    const [port1, port2] = messageChannel();
    this.#port1 = port1;
    this.#port2 = port2;
  }
  get port1() { return this.#port1; }
  get port2() { return this.#port2; }
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessageChannel', configurable: true,
});

function receiveMessageOnPort(port) {
  if (!isMessagePort(port)) throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', port);
  return nativeReceiveMessageOnPort(port);
}

function moveMessagePortToContext() {
  const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_NOT_IMPLEMENTED('worker_threads.moveMessagePortToContext');
}

// --- BroadcastChannel ---------------------------------------------------------------------------

const kHandle = Symbol('kHandle');
const kName = Symbol('kName');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const handle = broadcastChannel(this[kName]);
    handle[kOwner] = this;
    this[kHandle] = handle;
    nativeStart.call(handle);
    nativeRef.call(handle);
  }

  get name() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  postMessage(message) {
    if (!(kName in this)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) {
      const { DOMException } = require('internal/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    try {
      nativePostMessage.call(this[kHandle], message);
    } catch (error) {
      throw asDOMException(error);
    }
  }

  close() {
    if (this[kHandle] === undefined) return;
    const handle = this[kHandle];
    this[kHandle] = undefined;
    handle[kClosed] = true;
    nativeClose.call(handle);
  }

  ref() {
    if (this[kHandle] !== undefined) nativeRef.call(this[kHandle]);
    return this;
  }

  unref() {
    if (this[kHandle] !== undefined) nativeUnref.call(this[kHandle]);
    return this;
  }

  [require('internal/util/inspect').inspect.custom](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kHandle] !== undefined }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// A port handled by internal code, not by listeners: its messages go straight to `handler`.
function setDirectHandler(port, handler) {
  port[kDirectHandler] = handler;
  nativeStart.call(port);
}

function throwIllegalConstructor() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  drainMessagePort,
  isMessagePort,
  moveMessagePortToContext,
  receiveMessageOnPort,
  setDirectHandler,
  throwIllegalConstructor,
  kClosed,
};
