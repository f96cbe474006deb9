'use strict';
// The descriptor tracker of a worker started with trackUnmanagedFds (set by
// lib/internal/main/worker_thread.js; null elsewhere), read by fs.open/openSync/close/closeSync.

module.exports = { tracker: null };
