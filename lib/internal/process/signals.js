'use strict';
// process.on('SIGINT', fn) and friends: the first listener for a signal starts a Signal handle
// (unreferenced, as in Node: listening alone does not keep the process alive); removing the last
// listener stops it.

const { signals } = internalBinding('process');

const signalWraps = new Map();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || signalWraps.has(type)) return;
  // Signals reach the main thread only (as in Node, a worker's listeners never run).
  if (!internalBinding('worker').getWorkerInfo().isMainThread) return;
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = () => process.emit(type, type, signals[type]);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    const { errnoException } = require('internal/errors');
    throw errnoException(err, 'uv_signal_start');
  }
  signalWraps.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

function setupSignalHandlers() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setupSignalHandlers };
