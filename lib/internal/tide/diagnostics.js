'use strict';
// tide:diagnostics — seeing the event loop: a watchdog for a blocked loop, a Chrome trace of the
// loop, thread-pool statistics, and why the process is still alive. tide's own API (not Node's):
// reachable only as `tide:diagnostics`, never through `node:`. See docs/diagnostics.md.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  uvException,
} = require('internal/errors');
const { validateInteger, validateString } = require('internal/validators');

const binding = internalBinding('diagnostics');
const timers = require('internal/timers');

// Thread-pool statistics count from the moment this module is loaded.
binding.enable();

let trackingResources = false;
const kCreationStack = Symbol('kCreationStack');

// Installed in lib/internal/timers while a trace runs or creation stacks are tracked.
const timerHooks = {
  onCreate(resource) {
    if (!trackingResources) return;
    const holder = {};
    Error.captureStackTrace(holder, resource.constructor);
    resource[kCreationStack] = holder;  // formatted lazily, when listed
  },
  onBegin(kind, fn) { if (typeof fn === 'function') binding.jsCallbackBegin(kind, fn); },
  onEnd() { binding.jsCallbackEnd(); },
};

function updateTimerHooks() {
  timers.setDiagnosticsHooks(trackingResources || binding.isTracing() ? timerHooks : null);
}

function thresholdArgument(value, name, fallback) {
  if (value === undefined || value === true) return fallback;
  if (value === false || value === 0) return 0;
  validateInteger(value, name, 1);
  return value;
}

// warnBlocked(threshold = 100): a warning on stderr, with the JavaScript stack, whenever one
// callback from the loop runs longer than `threshold` ms; false or 0 switches it off.
function warnBlocked(threshold) {
  binding.setWarnBlocked(thresholdArgument(threshold, 'threshold', 100));
}

// warnPoolWait(threshold = 1000): a warning when work waited that long for the thread pool while
// the pool was full; false or 0 switches it off.
function warnPoolWait(threshold) {
  binding.setWarnPoolWait(thresholdArgument(threshold, 'threshold', 1000));
}

// trackResources(on = true): remember the JavaScript stack that creates each handle, request,
// timer and immediate from now on (whyAlive() shows them).
function trackResources(on = true) {
  if (typeof on !== 'boolean') throw new ERR_INVALID_ARG_TYPE('on', 'boolean', on);
  trackingResources = on;
  binding.setTrackResources(on);
  updateTimerHooks();
}

// startTrace(path): writes the loop's Chrome trace-event JSON to `path` until stopTrace() or exit.
function startTrace(path) {
  validateString(path, 'path');
  if (path === '' || path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE('path', path, 'must be a non-empty file name');
  }
  const err = binding.startTrace(path);
  if (err !== 0) throw uvException({ errno: err, syscall: 'open', path });
  updateTimerHooks();
}

function stopTrace() {
  binding.stopTrace();
  updateTimerHooks();
}

function isTracing() { return binding.isTracing(); }

function stackOf(resource) {
  const holder = resource[kCreationStack];
  if (holder === undefined) return undefined;
  // Drop the "Error" line: the frames are what matters.
  return holder.stack.split('\n').slice(1).join('\n');
}

// whyAlive(): what keeps the process running — referenced handles, requests in flight, referenced
// timers and immediates — each { type, ... , stack } (stack: where it was created, when tracked).
function whyAlive() {
  const alive = [];
  for (const request of binding.getRequests()) {
    alive.push({ type: request.type, stack: request.stack?.trimEnd() });
  }
  for (const handle of binding.getHandles()) {
    if (!handle.ref) continue;
    const entry = { type: handle.type };
    if (handle.fd !== undefined) entry.fd = handle.fd;
    entry.stack = handle.stack?.trimEnd();
    alive.push(entry);
  }
  const { timers: pending, immediates } = timers.activeTimers();
  for (const timer of pending) {
    if (!timer.hasRef()) continue;
    alive.push({
      type: 'Timeout',
      delay: timer._idleTimeout,
      repeat: timer._repeat !== null,
      callback: timer._onTimeout.name || '(anonymous)',
      stack: stackOf(timer),
    });
  }
  for (const immediate of immediates) {
    if (!immediate.hasRef()) continue;
    alive.push({
      type: 'Immediate',
      callback: immediate._onImmediate?.name || '(anonymous)',
      stack: stackOf(immediate),
    });
  }
  return alive;
}

function formatWhyAlive(list = whyAlive()) {
  if (list.length === 0) return 'Nothing keeps the event loop alive.\n';
  let out = list.length === 1 ? '1 resource keeps the event loop alive:\n' :
    `${list.length} resources keep the event loop alive:\n`;
  for (const entry of list) {
    let line = `- ${entry.type}`;
    if (entry.fd !== undefined) line += ` (fd ${entry.fd})`;
    if (entry.type === 'Timeout') {
      line += ` ${entry.callback}, ${entry.repeat ? 'every' : 'in'} ${entry.delay} ms`;
    } else if (entry.type === 'Immediate') {
      line += ` ${entry.callback}`;
    }
    out += `${line}\n`;
    out += entry.stack ? `${entry.stack}\n` :
      '    (created before trackResources() / --track-resources)\n';
  }
  return out;
}

// printWhyAlive(): whyAlive() as text on stderr.
function printWhyAlive() {
  process._rawDebug(formatWhyAlive().trimEnd());
}

// whyAliveOnSignal(signal = 'SIGUSR2'): print the list whenever the process gets `signal`; false
// removes it.
let signalListener = null;
let signalName = null;
function whyAliveOnSignal(signal = 'SIGUSR2') {
  if (signalListener !== null) {
    process.removeListener(signalName, signalListener);
    signalListener = null;
  }
  if (signal === false) return;
  validateString(signal, 'signal');
  signalName = signal;
  signalListener = () => printWhyAlive();
  process.on(signal, signalListener);
}

const kKinds = ['fs', 'dns', 'crypto', 'zlib', 'other'];
function timing(total, max, count) {
  return { total, max, mean: count > 0 ? total / count : 0 };
}

// threadPool(): per kind of work (fs, dns, crypto, zlib, other): how many wait for a thread, run,
// are in flight, have completed, and how long they waited, ran and took (ms). Work libuv queues by
// itself (fs calls, dns lookups) has latency only.
function threadPool() {
  const { size, kinds } = binding.threadPoolStats();
  const result = { size };
  for (const kind of kKinds) {
    const [queued, running, inFlight, completed, timed, waitTotal, waitMax, runTotal, runMax,
      latencyTotal, latencyMax] = kinds[kind];
    result[kind] = {
      queued,
      running,
      inFlight,
      completed,
      wait: timing(waitTotal, waitMax, timed),
      run: timing(runTotal, runMax, timed),
      latency: timing(latencyTotal, latencyMax, completed),
    };
  }
  return result;
}

module.exports = {
  warnBlocked,
  warnPoolWait,
  trackResources,
  startTrace,
  stopTrace,
  isTracing,
  whyAlive,
  formatWhyAlive,
  printWhyAlive,
  whyAliveOnSignal,
  threadPool,
};
