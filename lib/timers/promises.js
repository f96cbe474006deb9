'use strict';
// node:timers/promises — promise and async-iterator forms of the timers, with AbortSignal support.

const { Timeout, Immediate, insert } = require('internal/timers');
const { clearTimeout, clearImmediate } = require('timers');

function lazyErrors() { return require('internal/errors'); }

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  const { validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  let signal;
  let ref;
  try {
    if (after !== undefined) {
      const { validateNumber } = require('internal/validators');
      validateNumber(after, 'delay');
    }
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      const onAbort = () => {
        clearTimeout(timeout);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      timeout._onTimeout = (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      };
    }
  });
}

function setImmediate(value, options = {}) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    if (signal) {
      const onAbort = () => {
        clearImmediate(immediate);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      immediate._onImmediate = (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      };
    }
  });
}

async function* setInterval(after, value, options = {}) {
  const { validateNumber } = require('internal/validators');
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let pending = 0;
  let wake = null;
  const interval = new Timeout(() => {
    pending++;
    if (wake !== null) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);
  let onAbort;
  if (signal) {
    onAbort = () => {
      clearTimeout(interval);
      if (wake !== null) {
        wake();
        wake = null;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (pending === 0) await new Promise((resolve) => { wake = resolve; });
      for (; pending > 0; pending--) {
        if (signal?.aborted) break;
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait(delay, options) { return setTimeout(delay, undefined, options); },
  yield() { return setImmediate(); },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
