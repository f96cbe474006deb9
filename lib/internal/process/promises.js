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
const { getOptionValue } = require('internal/options');
// How Node names a rejection reason without running user code, and its error for non-errors.
const { noSideEffectsToString, UnhandledPromiseRejection } = require('internal/errors');

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

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'stack');
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
