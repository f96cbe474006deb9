'use strict';
// Unhandled promise rejections, as Node ≥ 15 treats them: V8 tells us when a promise is rejected with
// no handler (and when one is added later); after the microtask queue drains, each rejection still
// unhandled is an 'unhandledRejection' event or, with no listener, an uncaught exception (mode
// 'throw', the default). --unhandled-rejections=strict|warn|none|warn-with-error-code changes that.

const {
  tickInfo, setPromiseRejectCallback, promiseRejectEvents: {
    kPromiseRejectWithNoHandler, kPromiseHandlerAddedAfterReject,
    kPromiseRejectAfterResolved, kPromiseResolveAfterResolved,
  },
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');
const { isNativeError } = internalBinding('types');
const { getOptionValue } = require('internal/options');

const kHasRejectionToWarn = 1;

const maybeUnhandledPromises = new WeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;

const kModes = ['throw', 'strict', 'warn', 'none', 'warn-with-error-code'];
let mode;

function getMode() {
  if (mode === undefined) {
    mode = getOptionValue('--unhandled-rejections') || 'throw';
    if (!kModes.includes(mode)) mode = 'throw';
  }
  return mode;
}

function setHasRejectionToWarn(value) { tickInfo[kHasRejectionToWarn] = value ? 1 : 0; }

function promiseRejectHandler(type, promise, reason) {
  switch (type) {
    case kPromiseRejectWithNoHandler:
      maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
      pendingUnhandledRejections.push(promise);
      setHasRejectionToWarn(true);
      break;
    case kPromiseHandlerAddedAfterReject:
      handledRejection(promise);
      break;
    case kPromiseResolveAfterResolved:
    case kPromiseRejectAfterResolved:
      // 'multipleResolves' is gone from Node 22; nothing to report.
      break;
  }
}

function handledRejection(promise) {
  const info = maybeUnhandledPromises.get(promise);
  if (info !== undefined) {
    maybeUnhandledPromises.delete(promise);
    if (info.warned) {
      const warning = new Error(
        `Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandledRejections.push({ promise, warning });
      setHasRejectionToWarn(true);
      return;
    }
  }
  if (pendingUnhandledRejections.length === 0 && asyncHandledRejections.length === 0) {
    setHasRejectionToWarn(false);
  }
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
          'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
          `rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.name = 'UnhandledPromiseRejection';
  }
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'stack');
}

// V8's Object::NoSideEffectsToString, which Node uses to name a rejection reason in the warning:
// no getter, toString or Symbol.toPrimitive of the reason runs.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

function noSideEffectsToString(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'symbol': return Symbol.prototype.toString.call(value);
    case 'function': return Function.prototype.toString.call(value);
    case 'object': break;
    default: return String(value);
  }
  if (value === null) return 'null';
  try {
    const toString = dataProperty(value, 'toString');
    if (isNativeError(value) || toString === Error.prototype.toString) {
      let name = dataProperty(value, 'name');
      let message = dataProperty(value, 'message');
      name = name === undefined ? 'Error' : noSideEffectsToString(name);
      message = message === undefined ? '' : noSideEffectsToString(message);
      if (name === '') return message;
      return message === '' ? name : `${name}: ${message}`;
    }
    if (toString === Object.prototype.toString) {
      const ctor = dataProperty(value, 'constructor');
      if (typeof ctor === 'function') {
        const ctorName = Object.getOwnPropertyDescriptor(ctor, 'name')?.value;
        if (typeof ctorName === 'string' && ctorName !== '') return `#<${ctorName}>`;
      }
    }
    const tag = dataProperty(value, Symbol.toStringTag);
    return `[object ${typeof tag === 'string' ? tag : Array.isArray(value) ? 'Array' : 'Object'}]`;
  } catch {
    return '[object Object]';  // a Proxy whose traps throw
  }
}

// Node prints two warnings: the reason (its stack for an error), then the explanation.
function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error('Unhandled promise rejection. This error originated either by ' +
    'throwing inside of an async function without a catch block, or by rejecting a promise which ' +
    'was not handled with .catch(). To terminate the node process on unhandled promise ' +
    'rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    try {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    } catch { /* nothing printable */ }
  }
  process.emitWarning(warning);
}

// Called from processTicksAndRejections once the microtasks are drained. Returns true if it may
// have queued more ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    const emit = () => process.emit('unhandledRejection', reason, promise);
    switch (getMode()) {
      case 'strict': {
        const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        if (!emit()) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'none':
        emit();
        break;
      case 'warn':
        if (!emit()) emitUnhandledRejectionWarning(uid, reason);
        break;
      case 'warn-with-error-code':
        if (!emit()) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:  // 'throw'
        if (!emit()) {
          const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
          triggerUncaughtException(err, true);
        }
    }
    maybeScheduled = true;
  }
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

function setupPromiseRejectTracking() {
  setPromiseRejectCallback(promiseRejectHandler);
}

module.exports = { processPromiseRejections, setupPromiseRejectTracking };
