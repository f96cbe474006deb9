'use strict';
// The JS functions the native side calls back: the tick queue drain, the timer and immediate
// queues, uncaught errors, and 'beforeExit'/'exit'. Registered by the bootstrap and again on every
// start (internal/bootstrap/prepare.js), because each run has a new native Environment even when
// the JS heap comes from the startup snapshot.

const processBinding = internalBinding('process');

// The exit code as a number: process.exitCode may be an integer string ('5'), and listeners and
// the native side get the number, as in Node.
function exitCodeNumber() {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : +code | 0;
}

// Set by the ES module loader while the main module's top-level await is pending: when the loop
// ends first, it sets exit code 13 (before 'exit' listeners see the code), as Node does.
let unsettledTopLevelAwaitCheck = null;
function setUnsettledTopLevelAwaitCheck(fn) {
  unsettledTopLevelAwaitCheck = fn;
}

function emitProcessEvent(name) {
  if (name === 'beforeExit') {
    process.emit('beforeExit', exitCodeNumber());
    return;
  }
  if (!process._exiting) {
    unsettledTopLevelAwaitCheck?.();
    process._exiting = true;
    process.emit('exit', exitCodeNumber());
  }
  return exitCodeNumber();
}

function registerNativeCallbacks() {
  const { setupTaskQueue, processTicksAndRejections } = require('internal/process/task_queues');
  setupTaskQueue();
  require('internal/timers').setupTimers(processTicksAndRejections);
  require('internal/process/execution').setupUncaughtExceptionHandler();
  require('internal/async_hooks').registerNativeHooks();
  processBinding.setEmitProcessEvent(emitProcessEvent);
}

module.exports = { registerNativeCallbacks, setUnsettledTopLevelAwaitCheck };
