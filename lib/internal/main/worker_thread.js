'use strict';
// The main script of a worker thread (threads/worker.cc runs it after prepare.js). It tells the
// parent it is up, waits for the LOAD_SCRIPT message on the internal port, sets up what
// worker_threads and process show in a worker (parentPort, workerData, stdio through the parent,
// the operations a worker may not do), then runs the file, URL or eval source.

const { getParentPort, getWorkerInfo, trackFd, untrackFd } = internalBinding('worker');
const { setDirectHandler } = require('internal/worker/io');
const state = require('internal/worker/state');
const {
  messageTypes: { LOAD_SCRIPT, UP_AND_RUNNING, ERROR_MESSAGE, STDIO_PAYLOAD, HEAP_SNAPSHOT },
} = state;
const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION, ERR_WORKER_UNSERIALIZABLE_ERROR } } =
  require('internal/errors');

const info = getWorkerInfo();
state.isMainThread = false;
state.threadId = info.threadId;

const port = getParentPort();

// --- stdio: process.stdout/stderr post their chunks to the parent, process.stdin is fed by it.
let stdinStream = null;
function makeStdio(hasStdin) {
  const { Writable, Readable } = require('stream');
  function writer(name) {
    const stream = new Writable({
      decodeStrings: false,
      write(chunk, encoding, cb) {
        port.postMessage({ type: STDIO_PAYLOAD, stream: name, chunk, encoding });
        cb();
      },
    });
    stream.fd = name === 'stdout' ? 1 : 2;
    stream._isStdio = true;
    stream.destroySoon = stream.destroy;
    stream._destroy = function(err, cb) { cb(err); };
    return stream;
  }
  const stdout = writer('stdout');
  const stderr = writer('stderr');
  stdinStream = new Readable({ read() {} });
  stdinStream.fd = 0;
  if (!hasStdin) stdinStream.push(null);
  for (const [name, value] of [['stdout', stdout], ['stderr', stderr], ['stdin', stdinStream]]) {
    Object.defineProperty(process, name, {
      __proto__: null, configurable: true, enumerable: false, get() { return value; },
    });
  }
}

function unsupported(name) {
  return function() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(name); };
}

function restrictProcess() {
  process.chdir = unsupported('process.chdir()');
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
  process.abort = unsupported('process.abort()');
  for (const name of ['setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    if (typeof process[name] === 'function') process[name] = unsupported(`process.${name}()`);
  }
}

// An uncaught exception the worker does not handle goes to the parent's 'error' event. V8 clones
// an Error as its kind, message and stack only: its other own properties (code, ...) and a name
// of its own (DOMException's) travel beside it, each if it can be cloned.
function reportError(error) {
  try {
    port.postMessage({ type: ERROR_MESSAGE, ...cloneableError(error) });
  } catch {
    port.postMessage({ type: ERROR_MESSAGE, error: new ERR_WORKER_UNSERIALIZABLE_ERROR() });
  }
}

function cloneableError(error) {
  if (error === null || typeof error !== 'object') return { error };
  const { structuredClone } = require('internal/structured_clone');
  const { isNativeError } = require('internal/util/types');
  if (!isNativeError(error)) return { error: structuredClone(error) };
  const copy = new Error(error.message);
  copy.stack = error.stack;
  const props = { __proto__: null };
  const keys = Object.getOwnPropertyNames(error);
  if (!keys.includes('code') && error.code !== undefined) keys.push('code');
  if (!keys.includes('name')) keys.push('name');
  for (const key of keys) {
    if (key === 'stack' || key === 'message') continue;
    try {
      props[key] = structuredClone(error[key]);
    } catch { /* an uncloneable property stays behind */ }
  }
  let kind = 'Error';
  for (const C of [TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
    if (error instanceof C) kind = C.name;
  }
  return { error: copy, kind, props };
}
require('internal/process/execution').setWorkerErrorReporter(reportError);

let loaded = false;
setDirectHandler(port, (message) => {
  if (message?.type === STDIO_PAYLOAD && message.stream === 'stdin') {
    if (message.chunk === null) {
      stdinStream?.push(null);
    } else {
      const chunk = typeof message.chunk === 'string' ?
        message.chunk : require('buffer').Buffer.from(message.chunk);
      stdinStream?.push(chunk, typeof chunk === 'string' ? message.encoding : undefined);
    }
    return;
  }
  if (message?.type === HEAP_SNAPSHOT) {
    let chunks;
    try {
      chunks = internalBinding('v8_utils').takeHeapSnapshot(message.exposeNumericValues);
    } catch (error) {
      port.postMessage({ type: HEAP_SNAPSHOT, id: message.id, error });
      return;
    }
    port.postMessage({ type: HEAP_SNAPSHOT, id: message.id, chunks }, chunks);
    return;
  }
  if (message?.type !== LOAD_SCRIPT || loaded) return;
  loaded = true;
  port.unref();
  loadScript(message);
});
port.ref();
port.postMessage({ type: UP_AND_RUNNING });

function loadScript(message) {
  const { filename, doEval, workerData, environmentData, publicPort, hasStdin } = message;
  makeStdio(hasStdin);
  if (message.trackUnmanagedFds) {
    require('internal/fs/unmanaged_fds').tracker = { add: trackFd, delete: untrackFd };
  }
  restrictProcess();
  state.parentPort = publicPort;
  state.workerData = workerData;
  state.environmentData = environmentData;
  state.resourceLimits = require('internal/worker').limitsObject(message.resourceLimits);
  // The public port keeps the worker alive only while it has 'message' listeners (ports start
  // unreferenced).

  // The parent's preloads (-r, --import) run first, as in Node.
  require('internal/process/preload').runWithPreloads(() => {
    if (doEval === 'classic') {
      require('internal/process/execution').evalScript('[worker eval]', filename, false);
    } else if (doEval === 'module') {
      require('internal/modules/esm/loader').evalModule(filename, false);
    } else {
      process.argv[1] = filename;
      const { Module } = require('internal/modules/cjs/loader');
      Module.runMain(filename);
    }
  });
}
