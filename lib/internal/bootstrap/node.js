'use strict';
// Sets up what every tide program sees before its first line runs: `process` (an EventEmitter with
// Node's properties and methods), the timers, console, queueMicrotask, structuredClone, performance
// and the text codecs on globalThis, and the native callbacks the loop calls back into.
// Anything heavier loads lazily, on first use.

const processBinding = internalBinding('process');

// --- process is an EventEmitter -----------------------------------------------------------------------
const EventEmitter = require('events');
const processProto = Object.getPrototypeOf(process);
Object.setPrototypeOf(processProto, EventEmitter.prototype);
EventEmitter.call(process);

Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, enumerable: false, writable: true, configurable: false, value: 'process',
});

// --- plain properties -----------------------------------------------------------------------------------
process.version = processBinding.version;
process.versions = processBinding.versions;
Object.freeze(process.versions);
process.arch = 'x64';
process.platform = 'linux';
process.release = {
  name: 'node',  // what packages test for; tide implements Node's API (see process.versions.tide)
  lts: 'Jod',
  sourceUrl: '',
  headersUrl: '',
};
process.argv = processBinding.argv;
process.execArgv = processBinding.execArgv;
process.execPath = processBinding.execPath;
process.argv0 = process.argv[0];
process.argv[0] = process.execPath;
process.env = processBinding.env;
process.pid = processBinding.pid;
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false,
  tls_ocsp: false, tls: false, cached_builtins: true, typescript: false,
};
process.config = { target_defaults: {}, variables: {} };
process.moduleLoadList = [];
process._exiting = false;
Object.defineProperty(process, 'ppid', {
  __proto__: null, enumerable: true, configurable: true, get: processBinding.getPpid,
});
Object.defineProperty(process, 'title', {
  __proto__: null, enumerable: true, configurable: true,
  get: processBinding.getTitle,
  set(value) { processBinding.setTitle(`${value}`); },
});

// Options given on the command line, read by lib/ (warnings, rejections mode).
const tideFlags = processBinding.tideFlags;
const { setOptions } = require('internal/options');
setOptions(tideFlags);
{
  const title = require('internal/options').getOptionValue('--title');
  if (title) process.title = title;
}

// --- methods --------------------------------------------------------------------------------------------
const perThread = require('internal/process/per_thread');
perThread.installProcessMethods(process);

const {
  nextTick, setupTaskQueue, queueMicrotask, processTicksAndRejections,
} = require('internal/process/task_queues');
process.nextTick = nextTick;
setupTaskQueue();
require('internal/timers').setupTimers(processTicksAndRejections);

const { emitWarning } = require('internal/process/warning');
process.emitWarning = emitWarning;
process.on('warning', require('internal/process/warning').onWarning);

require('internal/process/execution').setupUncaughtExceptionHandler();
require('internal/process/signals').setupSignalHandlers();

// process.stdout / stderr / stdin, created on first access.
require('internal/process/stdio').installStdio(process);

// The loop emits 'beforeExit' and 'exit' through this.
processBinding.setEmitProcessEvent(function emitProcessEvent(name) {
  if (name === 'beforeExit') {
    process.emit('beforeExit', process.exitCode ?? 0);
    return;
  }
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  return process.exitCode ?? 0;
});

// --- globals -----------------------------------------------------------------------------------------
function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}
function defineLazyGlobal(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (!loaded) { value = load(); loaded = true; }
      return value;
    },
    set(v) { value = v; loaded = true; },
  });
}

defineGlobal('global', globalThis);
defineGlobal('process', process);

const timers = require('timers');
defineGlobal('setTimeout', timers.setTimeout);
defineGlobal('clearTimeout', timers.clearTimeout);
defineGlobal('setInterval', timers.setInterval);
defineGlobal('clearInterval', timers.clearInterval);
defineGlobal('setImmediate', timers.setImmediate);
defineGlobal('clearImmediate', timers.clearImmediate);
defineGlobal('queueMicrotask', queueMicrotask);

defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone);
defineLazyGlobal('performance', () => require('internal/perf/performance').performance);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);


