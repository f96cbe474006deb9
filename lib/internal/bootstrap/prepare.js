'use strict';
// The part of start-up that depends on this run: argv, execArgv, execPath, pid, the command-line
// options, the title, and the native callbacks of this Environment. Runs on every start, right
// before the main script, whether the rest of the bootstrap came from the snapshot or not.

const run = internalBinding('process').getRunOptions();

require('internal/process/native_callbacks').registerNativeCallbacks();

process.argv = run.argv;
process.argv0 = run.argv[0];
process.argv[0] = run.execPath;
process.execArgv = run.execArgv;
process.execPath = run.execPath;
process.pid = run.pid;

const { setOptions, getOptionValue } = require('internal/options');
setOptions(run.tideFlags);
require('internal/process/warning').applyWarningOptions();
const title = getOptionValue('--title');
if (title) process.title = title;

if (getOptionValue('--trace-sigint') && require('internal/worker/state').isMainThread) {
  require('util').setTraceSigInt(true);
}

const dnsOrder = getOptionValue('--dns-result-order');
if (dnsOrder) require('internal/dns/utils').initializeDns(dnsOrder);

// tide:diagnostics switched on from the command line (the module loads only then).
if (getOptionValue('--warn-blocked') || getOptionValue('--warn-pool-wait') ||
    getOptionValue('--trace-loop') || getOptionValue('--track-resources')) {
  // The values were validated by the command-line parser.
  const diagnostics = require('internal/tide/diagnostics');
  const blocked = getOptionValue('--warn-blocked');
  if (blocked) diagnostics.warnBlocked(blocked === true ? 100 : Number(blocked));
  const poolWait = getOptionValue('--warn-pool-wait');
  if (poolWait) diagnostics.warnPoolWait(poolWait === true ? 1000 : Number(poolWait));
  if (getOptionValue('--track-resources')) diagnostics.trackResources(true);
  const trace = getOptionValue('--trace-loop');
  if (trace) {
    try {
      diagnostics.startTrace(trace);
    } catch (err) {
      process._rawDebug(`tide: --trace-loop: ${err.message}`);
      process.reallyExit(9);
    }
  }
}

if (getOptionValue('--zero-fill-buffers')) require('internal/buffer_options').zeroFill = true;
// --no-experimental-fetch / --no-experimental-global-webcrypto: the globals are not there.
if (getOptionValue('--no-experimental-fetch')) {
  for (const name of ['fetch', 'Request', 'Response', 'Headers', 'FormData']) {
    delete globalThis[name];
  }
}
if (getOptionValue('--no-experimental-global-customevent')) delete globalThis.CustomEvent;
if (getOptionValue('--no-experimental-global-navigator')) {
  delete globalThis.navigator;
  delete globalThis.Navigator;
}
if (getOptionValue('--no-experimental-global-webcrypto')) {
  for (const name of ['crypto', 'Crypto', 'CryptoKey', 'SubtleCrypto']) delete globalThis[name];
}
// --heapsnapshot-signal=SIGNAL: each time the signal arrives, a heap snapshot is written to the
// working directory under v8.writeHeapSnapshot()'s default name (the main thread only; the
// listening does not keep the process alive).
const heapSignal = getOptionValue('--heapsnapshot-signal');
if (heapSignal && run.isMainThread) {
  const signum = internalBinding('process').signals[heapSignal];
  if (signum === undefined) {
    const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
    throw new ERR_UNKNOWN_SIGNAL(heapSignal);
  }
  const { Signal } = internalBinding('signal_wrap');
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = () => require('v8').writeHeapSnapshot();
  const err = wrap.start(signum);
  if (err) wrap.close();
}

// NODE_PATH and the global module folders ($HOME/.node_modules, ...): read per run.
require('internal/modules/cjs/loader').Module._initPaths();

// A child started by child_process.fork(): its IPC channel (process.send, 'message').
if (run.isMainThread && process.env.NODE_CHANNEL_FD !== undefined) {
  require('internal/child_process').setupChildChannel();
}
// A cluster worker (the primary set NODE_UNIQUE_ID): cluster.worker, listen through the primary.
if (run.isMainThread && process.env.NODE_UNIQUE_ID !== undefined && process.channel) {
  require('cluster')._setupWorker();
  delete process.env.NODE_UNIQUE_ID;
}

// A child of --watch (after its IPC channel is up): it reports the files it loads.
if (process.env.WATCH_REPORT_DEPENDENCIES !== undefined) {
  require('internal/watch_mode/report').initWatchReport();
}
