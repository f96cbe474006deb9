'use strict';
// The async context frame: an immutable-by-convention Map (AsyncLocalStorage instance → store)
// held in V8's continuation-preserved embedder data (internalBinding('task_queue')). V8 saves it
// with every promise reaction and restores it when the reaction runs, so `await` and `.then()`
// keep the stores by themselves; tide's own queues (process.nextTick, timers, setImmediate,
// queueMicrotask) capture the frame when a callback is queued and restore it around the call.
// Nothing is captured until the first AsyncLocalStorage/AsyncResource exists (`state.enabled`), so
// programs that never use them pay one boolean test per queued callback.

const {
  getAsyncContextFrame,
  setAsyncContextFrame,
  enableAsyncContext,
} = internalBinding('task_queue');

const state = { enabled: false };

class AsyncContextFrame extends Map {
  constructor(store, data) {
    super(getAsyncContextFrame());
    this.set(store, data);
  }

  static current() {
    return getAsyncContextFrame();
  }

  static set(frame) {
    setAsyncContextFrame(frame);
  }

  static exchange(frame) {
    const prior = getAsyncContextFrame();
    setAsyncContextFrame(frame);
    return prior;
  }

  static enable() {
    if (state.enabled) return;
    state.enabled = true;
    enableAsyncContext();  // native handles and requests keep their frame too
  }
}

module.exports = { AsyncContextFrame, state };
