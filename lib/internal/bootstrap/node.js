'use strict';
// Sets up what every tide program sees before its first line runs: `process` (an EventEmitter with
// Node's properties and methods), the timers, console, queueMicrotask, structuredClone, performance
// and the text codecs on globalThis, and the native callbacks the loop calls back into.
// This part is the same for every run, so the build captures its result in V8's startup snapshot;
// what depends on the run (argv, env, pid, options) is set by internal/bootstrap/prepare.js.

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
process.env = processBinding.env;  // a live view of the environment, not a copy
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: false, tls: true, cached_builtins: true, typescript: false,
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

// --- methods --------------------------------------------------------------------------------------------
const perThread = require('internal/process/per_thread');
perThread.installProcessMethods(process);

const { nextTick, queueMicrotask } = require('internal/process/task_queues');
process.nextTick = nextTick;

const { emitWarning } = require('internal/process/warning');
process.emitWarning = emitWarning;
process.on('warning', require('internal/process/warning').onWarning);
// process.loadEnvFile([path]): the dotenv parser behind --env-file, loaded on first use.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  return require('internal/util/parse_env').loadEnvFile(path);
};

require('internal/process/execution').installProcessMethods(process);
require('internal/process/signals').setupSignalHandlers();

// process.stdout / stderr / stdin, created on first access.
require('internal/process/stdio').installStdio(process);

// The JS functions the native side calls (tick queue, timers, uncaught errors, process events).
require('internal/process/native_callbacks').registerNativeCallbacks();

// --- globals -----------------------------------------------------------------------------------------
// As Node defines them: the enumerable ones first, in Node's order (Object.keys(globalThis) lists
// them so), then the rest. A lazy one is an accessor until first read or written, then a data
// property (Node's defineLazyProperties); `accessor: true` keeps it an accessor, as Node keeps
// process, Buffer, performance, crypto and navigator (`setter: false`: no setter, as crypto and
// navigator have none).
function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}
function defineLazyGlobal(name, load, { enumerable = false, accessor = false, setter = true } = {}) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    enumerable,
    configurable: true,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
        if (!accessor) defineGlobal(name, value, enumerable);
      }
      return value;
    },
    set: setter ? function set(v) {
      value = v;
      loaded = true;
      if (!accessor) defineGlobal(name, value, enumerable);
    } : undefined,
  });
}

const timers = require('timers');
defineGlobal('global', globalThis, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone,
                 { enumerable: true });
defineLazyGlobal('atob', () => require('buffer').atob, { enumerable: true });
defineLazyGlobal('btoa', () => require('buffer').btoa, { enumerable: true });
defineLazyGlobal('performance', () => require('internal/perf/performance').performance,
                 { enumerable: true, accessor: true });
// fetch is an enumerable data property, as in Node; its implementation loads on the first call.
Object.defineProperty(globalThis, 'fetch', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  writable: true,
  value: function fetch(input, init = undefined) {
    return require('internal/fetch/fetch').fetch(input, init);
  },
});
defineLazyGlobal('crypto', () => require('internal/crypto/webcrypto').crypto,
                 { enumerable: true, accessor: true, setter: false });
defineLazyGlobal('navigator', () => require('internal/navigator').getNavigator(),
                 { enumerable: true, accessor: true, setter: false });

defineLazyGlobal('process', () => process, { accessor: true });
defineLazyGlobal('Buffer', () => require('buffer').Buffer, { accessor: true });
defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('Navigator', () => require('internal/navigator').Navigator);

// Globals of the core-library modules: one line per global, added by the module that provides it.
// (Keep them lazy: a global nobody touches costs nothing at start-up.)
// @core-library-globals
defineLazyGlobal('Performance', () => require('perf_hooks').Performance);
defineLazyGlobal('PerformanceEntry', () => require('perf_hooks').PerformanceEntry);
defineLazyGlobal('PerformanceMark', () => require('perf_hooks').PerformanceMark);
defineLazyGlobal('PerformanceMeasure', () => require('perf_hooks').PerformanceMeasure);
defineLazyGlobal('PerformanceObserver', () => require('perf_hooks').PerformanceObserver);
defineLazyGlobal('PerformanceObserverEntryList', () => require('perf_hooks').PerformanceObserverEntryList);
defineLazyGlobal('PerformanceResourceTiming', () => require('perf_hooks').PerformanceResourceTiming);
defineLazyGlobal('Blob', () => require('buffer').Blob);
defineLazyGlobal('File', () => require('buffer').File);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('DOMException', () => require('internal/domexception').DOMException);
defineLazyGlobal('MessageChannel', () => require('internal/worker/io').MessageChannel);
defineLazyGlobal('MessagePort', () => require('internal/worker/io').MessagePort);
defineLazyGlobal('MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazyGlobal('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
// WHATWG streams (node:stream/web), loaded on first use.
defineLazyGlobal('ReadableStream', () => require('stream/web').ReadableStream);
defineLazyGlobal('ReadableStreamDefaultReader', () => require('stream/web').ReadableStreamDefaultReader);
defineLazyGlobal('ReadableStreamBYOBReader', () => require('stream/web').ReadableStreamBYOBReader);
defineLazyGlobal('ReadableStreamBYOBRequest', () => require('stream/web').ReadableStreamBYOBRequest);
defineLazyGlobal('ReadableByteStreamController', () => require('stream/web').ReadableByteStreamController);
defineLazyGlobal('ReadableStreamDefaultController', () => require('stream/web').ReadableStreamDefaultController);
defineLazyGlobal('TransformStream', () => require('stream/web').TransformStream);
defineLazyGlobal('TransformStreamDefaultController', () => require('stream/web').TransformStreamDefaultController);
defineLazyGlobal('WritableStream', () => require('stream/web').WritableStream);
defineLazyGlobal('WritableStreamDefaultWriter', () => require('stream/web').WritableStreamDefaultWriter);
defineLazyGlobal('WritableStreamDefaultController', () => require('stream/web').WritableStreamDefaultController);
defineLazyGlobal('ByteLengthQueuingStrategy', () => require('stream/web').ByteLengthQueuingStrategy);
defineLazyGlobal('CountQueuingStrategy', () => require('stream/web').CountQueuingStrategy);
defineLazyGlobal('TextEncoderStream', () => require('stream/web').TextEncoderStream);
defineLazyGlobal('TextDecoderStream', () => require('stream/web').TextDecoderStream);
defineLazyGlobal('CompressionStream', () => require('stream/web').CompressionStream);
defineLazyGlobal('DecompressionStream', () => require('stream/web').DecompressionStream);
// Fetch Standard classes (lib/internal/fetch), loaded on first use.
defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
defineLazyGlobal('Request', () => require('internal/fetch/request').Request);
defineLazyGlobal('Response', () => require('internal/fetch/response').Response);
defineLazyGlobal('FormData', () => require('internal/fetch/formdata').FormData);
defineLazyGlobal('Crypto', () => require('internal/crypto/webcrypto').Crypto);
defineLazyGlobal('CryptoKey', () => require('internal/crypto/webcrypto').CryptoKey);
defineLazyGlobal('SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);
require('internal/native_builtins');  // ArrayBuffer transfer/detached, Error.isError

// Modules most programs load anyway are evaluated here, so the snapshot holds them ready.
for (const id of ['internal/errors', 'internal/validators', 'internal/util/inspect', 'path',
  'internal/modules/cjs/loader', 'internal/modules/esm/resolve', 'util', 'console',
  'timers/promises', 'assert', 'fs',
  // What process.stdout/stderr/stdin are built from, whatever their descriptors turn out to be.
  'stream', 'internal/net/socket', 'tty']) {
  require(id);
}
