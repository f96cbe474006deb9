'use strict';
// The per-process root of node:test: created on the first test()/describe()/hook call, it runs
// top-level tests one after another, feeds events to the reporter, prints the summary at the
// end and sets the exit code. Uncaught errors are charged to the test that was running.

const { Test, Suite, normalizeArgs, addHook, testFailure, storage, kUncaughtException,
  kCancelledByParent } = require('internal/test_runner/test');
const { getOptionValue } = require('internal/options');
const { createReporter } = require('internal/test_runner/reporters');

let root = null;

function parsePatterns() {
  let value = getOptionValue('--test-name-pattern');
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((p) => {
    const m = /^\/(.*)\/([a-z]*)$/s.exec(p);
    return m !== null ? new RegExp(m[1], m[2]) : new RegExp(p);
  });
}

function createRoot() {
  const r = new Test(null, '<root>', {}, null, 'root');
  r.concurrency = 1;
  r.testOnly = getOptionValue('--test-only') === true;
  r.namePatterns = parsePatterns();
  r.currentSuite = null;
  r.counters = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
  r.started = true;
  r.startTime = process.hrtime.bigint();
  r.reporter = createReporter(getOptionValue('--test-reporter'),
                              getOptionValue('--test-reporter-destination'));
  r.broken = false;
  r.emit = (type, data) => {
    if (!r.broken) r.reporter.event(type, data);
  };
  r.count = (t) => {
    const c = r.counters;
    if (t.kind === 'suite') c.suites++;
    else c.tests++;
    if (t.parent === r && t.error !== null && t.todo === undefined) r.topFailed = true;
    // Suites count as suites only (a failing suite's tests are counted themselves).
    if (t.kind === 'suite') return;
    if (t.skip !== undefined) c.skipped++;
    else if (t.todo !== undefined) c.todo++;
    else if (t.error === null) c.pass++;
    else if (t.isCancelled()) c.cancelled++;
    else c.fail++;
  };
  r.lateErrors = [];
  r.running = new Set();
  r.ended = false;
  r.maybeFinishRoot = () => {
    if (r.ended || !r.allDone) return;
    if (r.active > 0 || r.pending.length > 0) return;
    if (r.nextReport < r.subtests.length) return;
    if (r.hooks.after.length > 0 && !r.afterRan) {
      // Module-level after() hooks, once every test has been reported.
      r.afterRan = true;
      (async () => {
        for (const h of r.hooks.after) {
          try {
            await r.runHook(h, 'hookFailed');
          } catch (err) {
            reportLateError(r, err?.cause ?? err, undefined);
          }
        }
        finishRoot(r);
      })();
      return;
    }
    finishRoot(r);
  };

  const onError = (err, type = kUncaughtException) => {
    if (err?.code === 'EPIPE' || r.broken) {
      // The reporter's reader went away (`| head`): stop reporting, fail quietly.
      r.broken = true;
      process.exitCode = 1;
      return;
    }
    let test = storage().getStore();
    if (test === undefined) {
      // Thrown from a callback outside the async context (timers in tide keep none): charge it to
      // the test started last that is still running.
      for (const t of r.running) if (t.kind === 'test' && !t.finished) test = t;
    }
    if (test && test !== r && !test.finished && test.rejectRunning) {
      test.rejectRunning(testFailure(err, type));
      return;
    }
    // Thrown outside any running test (or after its end): a failure of the run as a whole.
    reportLateError(r, err, test && test !== r ? test.name : undefined);
  };
  process.on('uncaughtException', onError);
  process.on('unhandledRejection', (reason) => onError(reason, 'unhandledRejection'));
  process.on('beforeExit', () => {
    if (r.ended) return;
    // The loop emptied with tests still waiting on promises that can no longer settle.
    const cancel = (t) => {
      for (const child of t.subtests) {
        if (!child.finished) {
          cancel(child);
          child.cancel(testFailure('Promise resolution is still pending but the event loop has ' +
                                   'already resolved', kCancelledByParent));
        }
      }
    };
    cancel(r);
    r.allDone = true;
    r.flushReports();
    r.maybeFinishRoot();
  });
  process.on('exit', () => {
    if (!r.ended) {
      r.allDone = true;
      finishRoot(r);
    }
  });
  return r;
}

function reportLateError(r, err, name) {
  r.lateErrors.push(err);
  const where = name === undefined ? '' : ` This error was thrown after test "${name}" ended.`;
  const message = err?.stack ?? String(err);
  r.emit('test:diagnostic', { nesting: 0, message: `Error: ${stripErrorPrefix(message)}${where}`,
                              level: 'error' });
  process.exitCode = 1;
}

function stripErrorPrefix(message) {
  return message.startsWith('Error: ') ? message.slice(7) : message;
}

function finishRoot(r) {
  if (r.ended) return;
  r.ended = true;
  // Module-level after() hooks.
  const c = r.counters;
  const duration = Number(process.hrtime.bigint() - r.startTime) / 1e6 +
    (r.bootTime ?? 0);
  r.emit('test:plan', { nesting: 0, count: r.reportedCount });
  const summary = [
    `tests ${c.tests}`, `suites ${c.suites}`, `pass ${c.pass}`, `fail ${c.fail}`,
    `cancelled ${c.cancelled}`, `skipped ${c.skipped}`, `todo ${c.todo}`,
    `duration_ms ${duration}`,
  ];
  if (!r.reporter.internal) {
    for (const message of summary) r.emit('test:diagnostic', { nesting: 0, message });
  }
  const success = c.fail === 0 && c.cancelled === 0 && r.lateErrors.length === 0 &&
    !r.topFailed;
  r.emit('test:summary', { success, counts: { ...c }, duration_ms: duration });
  if (!r.broken) r.reporter.end();
  if (!success) process.exitCode = 1;
}

function getRoot() {
  if (root === null) {
    root = createRoot();
    root.bootTime = process.uptime() * 1000;
    // Tests declared synchronously by the module run after it has finished loading.
    root.allDone = false;
    setImmediate(() => {
      root.allDone = true;
      root.maybeFinishRoot();
    });
  }
  return root;
}

function scopeFor(r) {
  return r.currentSuite ?? storage().getStore() ?? r;
}

function runTest(name, options, fn, overrides) {
  const r = getRoot();
  const args = normalizeArgs(name, options, fn, 'test');
  const opts = { ...args.options, ...overrides };
  let parent = scopeFor(r);
  if (parent.kind === 'test' && parent.finished) parent = r;
  const t = new Test(parent, args.name, opts, args.fn, 'test');
  const p = parent.addSubtest(t);
  r.flushReports();
  return p;
}

function runSuite(name, options, fn, overrides) {
  const r = getRoot();
  const args = normalizeArgs(name, options, fn, 'suite');
  const opts = { ...args.options, ...overrides };
  let parent = scopeFor(r);
  if (parent.kind === 'test' && parent.finished) parent = r;
  const s = new Suite(parent, args.name, opts, args.fn);
  const p = parent.addSubtest(s);
  r.flushReports();
  return p;
}

function hook(type) {
  return (fn, options) => {
    const r = getRoot();
    const scope = r.currentSuite ?? storage().getStore() ?? r;
    addHook(scope, type, fn, options);
  };
}

module.exports = { runTest, runSuite, hook, getRoot };
