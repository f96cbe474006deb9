'use strict';
// What node:worker_threads reports about the current thread. The main thread keeps the defaults;
// lib/internal/main/worker_thread.js fills them in a worker before its script runs.

module.exports = {
  isMainThread: true,
  threadId: 0,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  environmentData: new Map(),
  // The control messages between a Worker and its thread (internal port).
  messageTypes: {
    LOAD_SCRIPT: 'loadScript',
    UP_AND_RUNNING: 'upAndRunning',
    ERROR_MESSAGE: 'errorMessage',
    STDIO_PAYLOAD: 'stdioPayload',
    HEAP_SNAPSHOT: 'heapSnapshot',  // request (parent → worker) and answer (worker → parent)
  },
};
