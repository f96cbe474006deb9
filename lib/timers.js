'use strict';
// node:timers — setTimeout, setInterval, setImmediate and their clear* functions (also the globals).
// The machinery is in internal/timers.js.

const {
  Timeout, Immediate, insert, unenroll, knownTimersById, immediateQueue, immediateInfo,
  toggleImmediateRef, kRefed, active, unrefActive, asyncIdSymbol,
} = require('internal/timers');
const { destroyHooksExist, emitDestroy, hookState } = require('internal/async_hooks');

const kCount = 0;
const kRefCount = 1;

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
  }
}

function collectArgs(argsObject, from) {
  const n = argsObject.length - from;
  if (n <= 0) return undefined;
  switch (n) {
    case 1: return [argsObject[from]];
    case 2: return [argsObject[from], argsObject[from + 1]];
    case 3: return [argsObject[from], argsObject[from + 1], argsObject[from + 2]];
    default: {
      const args = new Array(n);
      for (let i = 0; i < n; i++) args[i] = argsObject[from + i];
      return args;
    }
  }
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? collectArgs(arguments, 2) : undefined;
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('timers/promises').setTimeout; },
});

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 2 ? collectArgs(arguments, 2) : undefined;
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  // Timeouts and intervals are the same kind of object, and Node lets either clear either.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  const args = arguments.length > 1 ? collectArgs(arguments, 1) : undefined;
  return new Immediate(callback, args);
}

Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('timers/promises').setImmediate; },
});

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (!hookState.quick && destroyHooksExist() && immediate[asyncIdSymbol] !== undefined) {
    emitDestroy(immediate[asyncIdSymbol]);
  }
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  // Deprecated in Node (DEP0095, DEP0096, DEP0126, DEP0127) but still there.
  active(item) { active(item); },
  _unrefActive(item) { unrefActive(item); },
  unenroll(item) {
    item._onTimeout = null;
    unenroll(item);
  },
  enroll(item, msecs) {
    const { validateNumber } = require('internal/validators');
    validateNumber(msecs, 'msecs', 0, 2 ** 31 - 1);
    if (item._idleTimeout >= 0 && item._idleNext) unenroll(item);
    item._idleTimeout = msecs;
    item._idleNext = item;
    item._idlePrev = item;
  },
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
