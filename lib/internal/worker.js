'use strict';
// worker_threads.Worker, the parent's side: validates the options, creates the native Worker
// (threads/worker.h), sends the script over the internal port, and turns the thread's control
// messages into events ('online', 'error', stdio) and its end into 'exit'.

const EventEmitter = require('events');
const path = require('path');
const { Worker: WorkerImpl } = internalBinding('worker');
const {
  MessageChannel,
  drainMessagePort,
  setDirectHandler,
} = require('internal/worker/io');
const state = require('internal/worker/state');
const {
  messageTypes: { LOAD_SCRIPT, UP_AND_RUNNING, ERROR_MESSAGE, STDIO_PAYLOAD, HEAP_SNAPSHOT },
} = state;
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_URL_SCHEME,
    ERR_NOT_IMPLEMENTED,
    ERR_WORKER_NOT_RUNNING,
    ERR_WORKER_OUT_OF_MEMORY,
    ERR_WORKER_PATH,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kPublicPort = Symbol('kPublicPort');
const kOnExit = Symbol('kOnExit');
const kOnMessage = Symbol('kOnMessage');
const kStdio = Symbol('kStdio');
const kExitPromise = Symbol('kExitPromise');
const kLimits = Symbol('kLimits');
const kRefed = Symbol('kRefed');
const kSnapshots = Symbol('kSnapshots');

let snapshotIds = 0;

const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
                    'stackSizeMb'];

function readResourceLimits(limits) {
  const values = [-1, -1, -1, 4];
  if (limits === undefined) return values;
  validateObject(limits, 'options.resourceLimits');
  for (let i = 0; i < limitNames.length; i++) {
    const value = limits[limitNames[i]];
    if (typeof value === 'number' && value > 0) values[i] = value;
  }
  return values;
}

function limitsObject(values) {
  const out = {};
  for (let i = 0; i < limitNames.length; i++) out[limitNames[i]] = values[i];
  return out;
}

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string';
}

let Readable;
let Writable;

// worker.stdout / worker.stderr (with stdout: true / stderr: true): what the thread writes.
function makeReadable() {
  ({ Readable } = require('stream'));
  return new Readable({ read() {} });
}

// worker.stdin (stdin: true): what is written reaches the thread's process.stdin.
function makeStdinWritable(port) {
  ({ Writable } = require('stream'));
  return new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      port.postMessage({ type: STDIO_PAYLOAD, stream: 'stdin', chunk, encoding });
      cb();
    },
    final(cb) {
      port.postMessage({ type: STDIO_PAYLOAD, stream: 'stdin', chunk: null });
      cb();
    },
  });
}

function toChunk(chunk) {
  if (typeof chunk === 'string') return chunk;
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// The worker's uncaught error, as lib/internal/main/worker_thread.js sent it: an Error of the same
// kind, message and stack, with its own properties back.
function rebuildError({ error, kind, props }) {
  if (props === undefined) return error;
  const C = { TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError }[kind] ??
    Error;
  const rebuilt = new C(error.message);
  Object.defineProperty(rebuilt, 'stack', {
    __proto__: null, value: error.stack, writable: true, configurable: true, enumerable: false,
  });
  for (const key of Object.keys(props)) {
    if (key === 'name') {
      if (props.name !== rebuilt.name) {
        Object.defineProperty(rebuilt, 'name', {
          __proto__: null, value: props.name, writable: true, configurable: true, enumerable: false,
        });
      }
      continue;
    }
    rebuilt[key] = props[key];
  }
  return rebuilt;
}

// worker.performance.eventLoopUtilization(): as performance.eventLoopUtilization(), for the
// worker's loop, on this thread's timeline; zeros before its loop starts and after it ended.
function workerEventLoopUtilization(handle, util1, util2) {
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const loopStart = handle ? handle.loopStartTime() : -1;
  if (loopStart === -1) return { idle: 0, active: 0, utilization: 0 };
  const idle = handle.loopIdleTime();
  const active = require('internal/perf/performance').performance.now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    let doEval = false;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval,
                                        'must be false when \'filename\' is not a string');
      }
      doEval = 'classic';
    } else if (isURL(filename)) {
      if (filename.protocol === 'data:') {
        doEval = 'module';
        filename = `import ${JSON.stringify(`${filename.href}`)};`;
      } else if (filename.protocol !== 'file:') {
        throw new ERR_INVALID_URL_SCHEME(['file', 'data']);
      } else {
        filename = require('internal/url').fileURLToPath(filename);
      }
    } else {
      validateString(filename, 'filename');
      if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        throw new ERR_WORKER_PATH(filename);
      }
      filename = path.resolve(filename);
    }
    if (doEval === 'classic' && options.type === 'module') doEval = 'module';

    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }
    let execArgv = process.execArgv;
    if (options.execArgv !== undefined) {
      validateArray(options.execArgv, 'options.execArgv');
      execArgv = options.execArgv.map(String);
    }
    let env;
    if (options.env === SHARE_ENV) {
      env = null;
    } else if (options.env === undefined || options.env === null) {
      env = { ...process.env };
    } else if (typeof options.env === 'object') {
      env = {};
      for (const key of Object.keys(options.env)) env[key] = `${options.env[key]}`;
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.env', ['Object', 'undefined', 'null'], options.env);
    }
    const limits = readResourceLimits(options.resourceLimits);
    if (options.name !== undefined) validateString(options.name, 'options.name');

    // The script path and argv in the thread's process.argv, as Node: [execPath, script, ...argv].
    const scriptArg = doEval ? '[worker eval]' : filename;
    const handle = new WorkerImpl([process.execPath, scriptArg, ...argv], execArgv, env, limits,
                                  options.execArgv !== undefined, options.name);
    this[kHandle] = handle;
    this[kLimits] = limits;
    this[kRefed] = true;
    handle.onexit = (code, oom) => this[kOnExit](code, oom);
    this.threadId = handle.threadId;

    this[kPort] = handle.messagePort;
    setDirectHandler(this[kPort], (message) => this[kOnMessage](message));
    this[kPort].unref();

    const { port1, port2 } = new MessageChannel();
    this[kPublicPort] = port1;
    port1.on('message', (value) => this.emit('message', value));
    port1.on('messageerror', (error) => this.emit('messageerror', error));
    port1.unref();

    this[kStdio] = {
      stdin: options.stdin ? makeStdinWritable(this[kPort]) : null,
      stdout: options.stdout ? makeReadable() : null,
      stderr: options.stderr ? makeReadable() : null,
    };
    this[kExitPromise] = null;
    this[kSnapshots] = new Map();  // getHeapSnapshot() requests: id → { resolve, reject }

    const environmentData = new Map(state.environmentData);
    const transferList = [port2];
    if (options.transferList !== undefined) {
      validateArray(options.transferList, 'options.transferList');
      transferList.push(...options.transferList);
    }
    this[kPort].postMessage({
      type: LOAD_SCRIPT,
      filename,
      doEval,
      workerData: options.workerData,
      environmentData,
      publicPort: port2,
      hasStdin: !!options.stdin,
      // As Node: anything but a boolean means the default, true.
      trackUnmanagedFds: typeof options.trackUnmanagedFds === 'boolean' ?
        options.trackUnmanagedFds : true,
      resourceLimits: limits,
      name: options.name ?? '',
    }, transferList);
    handle.startThread();
  }

  [kOnMessage](message) {
    switch (message.type) {
      case UP_AND_RUNNING:
        this.emit('online');
        break;
      case ERROR_MESSAGE:
        this.emit('error', rebuildError(message));
        break;
      case HEAP_SNAPSHOT: {
        const pending = this[kSnapshots].get(message.id);
        if (pending === undefined) break;
        this[kSnapshots].delete(message.id);
        if (message.error !== undefined) {
          pending.reject(message.error);
        } else {
          pending.resolve(require('internal/heap_utils').snapshotReadable(message.chunks));
        }
        break;
      }
      case STDIO_PAYLOAD: {
        const chunk = toChunk(message.chunk);
        const stream = this[kStdio][message.stream];
        if (stream !== null && stream !== undefined) {
          stream.push(chunk, typeof chunk === 'string' ? message.encoding : undefined);
        } else if (message.stream === 'stdout') {
          process.stdout.write(chunk, typeof chunk === 'string' ? message.encoding : undefined);
        } else if (message.stream === 'stderr') {
          process.stderr.write(chunk, typeof chunk === 'string' ? message.encoding : undefined);
        }
        break;
      }
    }
  }

  [kOnExit](code, oom) {
    // What the thread sent before it ended is delivered before 'exit'.
    drainMessagePort(this[kPort]);
    drainMessagePort(this[kPublicPort]);
    this[kHandle] = null;
    this.threadId = -1;
    this[kPublicPort].close();
    this[kStdio].stdout?.push(null);
    this[kStdio].stderr?.push(null);
    for (const { reject } of this[kSnapshots].values()) reject(new ERR_WORKER_NOT_RUNNING());
    this[kSnapshots].clear();
    if (oom) this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  postMessage(...args) {
    if (this[kPublicPort] === undefined) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
                          'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    if (this[kExitPromise] === null) {
      this[kExitPromise] = new Promise((resolve) => this.once('exit', resolve));
    }
    this[kHandle].stopThread();
    return this[kExitPromise];
  }

  ref() {
    if (this[kHandle] === null) return;
    this[kHandle].ref();
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    this[kHandle].unref();
    this[kPublicPort].unref();
  }

  get stdin() { return this[kStdio].stdin; }
  get stdout() { return this[kStdio].stdout; }
  get stderr() { return this[kStdio].stderr; }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return limitsObject(this[kLimits]);
  }

  get performance() {
    const worker = this;
    return {
      eventLoopUtilization(util1, util2) {
        return workerEventLoopUtilization(worker[kHandle], util1, util2);
      },
    };
  }

  // The worker takes the snapshot (when its thread next turns its loop) and sends the chunks over.
  getHeapSnapshot(options) {
    const { heapSnapshotOptions } = require('internal/heap_utils');
    const exposeNumericValues = heapSnapshotOptions(options);
    if (this[kHandle] === null) return Promise.reject(new ERR_WORKER_NOT_RUNNING());
    const id = ++snapshotIds;
    const promise = new Promise((resolve, reject) => {
      this[kSnapshots].set(id, { resolve, reject });
    });
    this[kPort].postMessage({ type: HEAP_SNAPSHOT, id, exposeNumericValues });
    return promise;
  }
}

module.exports = { Worker, SHARE_ENV, limitsObject };
