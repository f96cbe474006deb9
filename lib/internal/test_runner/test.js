'use strict';
// node:test's tests and suites: a tree of Test objects under one root per process. Tests run as
// they are declared (top-level ones one after another); results are reported in declaration order
// (a test's report waits for the siblings before it), as events to the chosen reporter.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TEST_FAILURE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateObject, validateUint32,
} = require('internal/validators');
const { getOptionValue } = require('internal/options');

const kCancelledByParent = 'cancelledByParent';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kUncaughtException = 'uncaughtException';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kTestAborted = 'testAborted';
const kCancelledTypes = new Set([kCancelledByParent, kTestTimeoutFailure, kTestAborted]);

let asyncStorage;
function storage() {
  if (asyncStorage === undefined) {
    const { AsyncLocalStorage } = require('async_hooks');
    asyncStorage = new AsyncLocalStorage();
  }
  return asyncStorage;
}

function hrNow() {
  return process.hrtime.bigint();
}

function testFailure(error, type) {
  if (error?.code === 'ERR_TEST_FAILURE') return error;
  // The wrapper's own frames (the runner's) say nothing: it has none, as in Node.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new ERR_TEST_FAILURE(error, type);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// Where test()/it()/describe() was called: the first frame outside tide's own lib/.
function callSite() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 12;
  Error.captureStackTrace(holder, callSite);
  Error.stackTraceLimit = limit;
  const lines = String(holder.stack).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.includes('node:')) continue;
    const m = /(?:\(|at )((?:file:\/\/)?\/[^()]*):(\d+):(\d+)\)?$/.exec(line);
    if (m === null) continue;
    let file = m[1];
    if (file.startsWith('file://')) file = require('internal/url').fileURLToPath(file);
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return { file: undefined, line: undefined, column: undefined };
}

function nameMatches(test, patterns) {
  for (const re of patterns) {
    let t = test;
    while (t !== null && t.parent !== null) {
      if (re.test(t.name)) return true;
      t = t.parent;
    }
    if (re.test(test.fullName())) return true;
  }
  return false;
}

function toConcurrency(value, name) {
  if (value === undefined) return undefined;
  if (value === true) return Infinity;
  if (value === false || value === null) return 1;
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(`${name}.concurrency`, ['boolean', 'number'], value);
  validateUint32(value, `${name}.concurrency`, true);
  return value;
}

class Test {
  constructor(parent, name, options, fn, kind) {
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.kind = kind;
    this.name = name;
    this.fn = fn;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.diagnostics = [];
    this.error = null;
    this.started = false;
    this.finished = false;
    this.reportedStart = parent === null;
    this.reported = false;
    this.nextReport = 0;
    this.reportedCount = 0;
    this.startTime = undefined;
    this.duration = undefined;
    this.planned = undefined;
    this.assertions = 0;
    this.runOnlySubtests = false;
    this.mockTracker = null;
    this.context = null;
    this.donePromise = null;
    this.doneResolve = null;
    this.timer = null;
    this.controller = new AbortController();
    this.filtered = false;
    this.loc = parent === null ? {} : callSite();

    options = options ?? {};
    validateObject(options, 'options');
    const { skip, todo, only, timeout, signal, concurrency, plan } = options;
    this.skip = skip === undefined || skip === false ? undefined : skip === true ? '' : skip;
    this.todo = todo === undefined || todo === false ? undefined : todo === true ? '' : todo;
    if (typeof this.skip !== 'string' && this.skip !== undefined) this.skip = '';
    if (typeof this.todo !== 'string' && this.todo !== undefined) this.todo = '';
    this.only = Boolean(only);
    if (timeout !== undefined && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
    }
    this.timeout = timeout === undefined ? (parent?.timeout ?? Infinity) : timeout;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    this.userSignal = signal;
    const c = toConcurrency(concurrency, 'options');
    this.concurrency = c ?? 1;
    if (plan !== undefined) {
      validateUint32(plan, 'options.plan', false);
      this.planned = plan;
    }

    if (parent !== null) this.applyFilters();
  }

  applyFilters() {
    const root = this.root;
    if ((this.only || this.parent.runOnlySubtests) && !root.testOnly) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
    if (root.testOnly) {
      let t = this;
      let marked = false;
      while (t.parent !== null) {
        if (t.only) {
          marked = true;
          break;
        }
        t = t.parent;
      }
      // Inside a test run with runOnly(true) or under --test-only at module level, unmarked
      // tests are left out; suites decide after collecting their children.
      const scope = this.parent;
      const requiresOnly = scope.parent === null || scope.runOnlySubtests || scope.kind === 'suite';
      if (!marked && requiresOnly && this.kind !== 'suite') this.filtered = true;
    }
    const patterns = root.namePatterns;
    if (!this.filtered && patterns.length > 0 && this.kind !== 'suite') {
      if (!nameMatches(this, patterns)) this.filtered = true;
    }
  }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get signal() {
    return this.controller.signal;
  }

  // ----- scheduling -----

  addSubtest(child) {
    this.subtests.push(child);
    child.testPromise = new Promise((resolve) => {
      child.doneResolve = resolve;
    });
    if (this.finished && this.parent !== null) {
      child.fail(testFailure('test could not be started because its parent finished',
                             kParentAlreadyFinished));
      child.complete();
      return child.testPromise;
    }
    if (child.filtered) {
      child.finished = true;
      child.doneResolve();
      this.flushReports();
      return child.testPromise;
    }
    if (this.kind === 'suite' && !this.childrenReleased) {
      // A suite runs its children once its body has been collected.
      return child.testPromise;
    }
    this.schedule(child);
    return child.testPromise;
  }

  schedule(child) {
    if (this.active < this.concurrency) {
      this.active++;
      child.scheduled = true;
      child.start();
    } else {
      this.pending.push(child);
    }
  }

  childDone(child) {
    if (child.scheduled) this.active--;
    while (this.pending.length > 0 && this.active < this.concurrency) {
      const next = this.pending.shift();
      if (next.finished) continue;
      this.active++;
      next.scheduled = true;
      next.start();
    }
    this.flushReports();
    if (this.waitingForChildren !== undefined && this.active === 0 && this.pending.length === 0) {
      const resolve = this.waitingForChildren;
      this.waitingForChildren = undefined;
      resolve();
    }
  }

  allChildrenDone() {
    if (this.active === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.waitingForChildren = resolve;
    });
  }

  start() {
    this.started = true;
    this.parent.flushReports();
    this.run().catch((err) => {
      // An internal error must never leave a test hanging.
      if (!this.finished) {
        this.fail(testFailure(err, kTestCodeFailure));
        this.complete();
      }
    });
  }

  // ----- running -----

  async runHook(hook, type) {
    await this.invokeUserFn(hook.fn, hook.context ?? this.getContext(), hook.timeout, type);
  }

  invokeUserFn(fn, ctx, timeout, failureType, allowDone = true) {
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (err) => {
        if (settled) return;
        settled = true;
        if (timer !== null) clearTimeout(timer);
        if (err !== undefined) reject(err);
        else resolve();
      };
      let timer = null;
      if (timeout !== undefined && timeout !== Infinity) {
        timer = setTimeout(() => {
          finish(testFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
        }, timeout);
        timer.unref?.();
      }
      this.rejectRunning = (err) => finish(err);
      const wrapErr = (e) => (e?.code === 'ERR_TEST_FAILURE' ? e : testFailure(e, failureType));
      try {
        if (allowDone && fn.length >= 2) {
          const done = (err) => {
            if (err) finish(wrapErr(err));
            else finish();
          };
          const ret = storage().run(this, () => Reflect.apply(fn, ctx, [ctx, done]));
          if (ret !== null && typeof ret?.then === 'function') {
            ret.then(() => {}, () => {});
            finish(testFailure('passed a callback but also returned a Promise',
                               kCallbackAndPromisePresent));
          }
          return;
        }
        const ret = storage().run(this, () => Reflect.apply(fn, ctx, [ctx]));
        if (ret !== null && typeof ret?.then === 'function') {
          ret.then(() => finish(), (e) => finish(wrapErr(e ?? new Error(String(e)))));
        } else {
          finish();
        }
      } catch (e) {
        finish(wrapErr(e));
      }
    });
  }

  getContext() {
    if (this.context === null) this.context = new TestContext(this);
    return this.context;
  }

  runsBeforeEach() {
    const chain = [];
    for (let t = this.parent; t !== null; t = t.parent) chain.unshift(t);
    return chain;
  }

  async run() {
    this.startTime = hrNow();
    this.root.running.add(this);
    if (this.userSignal?.aborted) {
      this.fail(testFailure(this.userSignal.reason, kTestAborted));
      this.complete();
      return;
    }
    const onAbort = () => {
      if (!this.finished && this.rejectRunning) {
        this.rejectRunning(testFailure(this.userSignal.reason, kTestAborted));
      }
    };
    this.userSignal?.addEventListener('abort', onAbort, { once: true });
    if (this.skip !== undefined) {
      this.complete();
      return;
    }
    const ancestors = this.runsBeforeEach();
    try {
      if (this.kind === 'test') {
        for (const a of ancestors) {
          for (const hook of a.hooks.beforeEach) await this.runHook(hook, kHookFailure);
        }
      }
      if (this.kind === 'suite') {
        await this.suiteReady;
        // A suite whose body threw, or whose before hook failed, runs none of its tests: they
        // are cancelled (below), as in Node.
        if (this.error === null) {
          for (const hook of this.hooks.before) await this.runHook(hook, kHookFailure);
          this.childrenReleased = true;
          for (const child of this.subtests) {
            if (!child.filtered && !child.finished) this.schedule(child);
          }
          await this.allChildrenDone();
        }
      } else {
        // No await unless there is a hook: a synchronous subtest then runs to its end inside
        // t.test(), as in Node.
        const beforeDone = this.parent.kind !== 'suite' ? this.parent.runBeforeOnce() : undefined;
        if (beforeDone !== undefined) await beforeDone;
        await this.invokeUserFn(this.fn, this.getContext(), this.timeout, kTestCodeFailure);
      }
    } catch (err) {
      this.fail(err);
    }
    // Subtests still running when the test ends are cancelled (Node's rule).
    if (this.kind === 'test' || this.error !== null) this.cancelOutstanding();
    try {
      if (this.kind === 'suite') {
        for (const hook of this.hooks.after) await this.runHook(hook, kHookFailure);
      }
      if (this.kind === 'test') {
        for (let i = ancestors.length - 1; i >= 0; i--) {
          for (const hook of ancestors[i].hooks.afterEach) await this.runHook(hook, kHookFailure);
        }
        for (const hook of this.hooks.after) await this.runHook(hook, kHookFailure);
      }
    } catch (err) {
      if (this.error === null) this.fail(err);
    }
    this.userSignal?.removeEventListener('abort', onAbort);
    this.complete();
  }

  // Hooks registered with t.before() (or module-level before()) run once, before the first
  // subtest starts.
  runBeforeOnce() {
    if (this.hooks.before.length === 0 && this.beforeDone === undefined) return undefined;
    if (this.beforeDone === undefined) {
      this.beforeDone = (async () => {
        for (const hook of this.hooks.before) await this.runHook(hook, kHookFailure);
      })();
    }
    return this.beforeDone;
  }

  cancelOutstanding() {
    this.pending = [];
    for (const child of this.subtests) {
      if (child.finished) continue;
      child.cancel(testFailure('test did not finish before its parent and was cancelled',
                               kCancelledByParent));
    }
    this.pending = [];
  }

  cancel(error) {
    if (this.finished) return;
    for (const child of this.subtests) child.cancel(error);
    this.pending = [];
    if (this.error === null) this.error = error;
    this.complete();
  }

  fail(error) {
    if (this.error !== null) return;
    this.error = error?.code === 'ERR_TEST_FAILURE' ? error : testFailure(error, kTestCodeFailure);
  }

  complete() {
    if (this.finished) return;
    if (this.kind === 'test' && this.error === null && this.planned !== undefined &&
        this.skip === undefined) {
      const got = this.assertions + this.subtests.length;
      if (got !== this.planned) {
        this.fail(testFailure(`plan expected ${this.planned} assertions but received ${got}`,
                              kTestCodeFailure));
      }
    }
    if (this.error === null) {
      const failed = this.subtests.filter((t) => !t.filtered && !t.passed() && t.todo === undefined);
      if (failed.length > 0) {
        this.error = testFailure(
          `${failed.length} subtest${failed.length === 1 ? '' : 's'} failed`, kSubtestsFailed);
      }
    }
    if (this.startTime !== undefined) this.duration = Number(hrNow() - this.startTime) / 1e6;
    this.finished = true;
    this.root.running?.delete(this);
    this.controller.abort();
    this.mockTracker?.reset();
    if (this.parent !== null) {
      this.parent.childDone(this);
    }
    this.doneResolve?.();
  }

  passed() {
    return this.error === null;
  }

  isCancelled() {
    return this.error !== null && kCancelledTypes.has(this.error.failureType);
  }

  // ----- reporting -----

  // A test's start is reported late, as in Node: when it has finished, or when a subtest of it
  // has a result to report — and only once every sibling before it is reported. So output the
  // test prints itself comes before its `# Subtest:` line.
  skipFiltered() {
    while (this.nextReport < this.subtests.length && this.subtests[this.nextReport].filtered) {
      this.nextReport++;
    }
  }

  requestStart() {
    if (this.reportedStart) return true;
    const parent = this.parent;
    if (!parent.requestStart()) return false;
    parent.skipFiltered();
    if (parent.subtests[parent.nextReport] !== this) return false;
    this.reportedStart = true;
    this.root.emit('test:start', this.eventData());
    return true;
  }

  flushReports() {
    if (!this.reportedStart) {
      this.skipFiltered();
      const head = this.subtests[this.nextReport];
      if (head === undefined || !head.finished || !this.requestStart()) return;
    }
    while (this.nextReport < this.subtests.length) {
      const child = this.subtests[this.nextReport];
      if (child.filtered) {
        this.nextReport++;
        continue;
      }
      if (!child.finished) break;
      if (!child.reportedStart) {
        child.reportedStart = true;
        this.root.emit('test:start', child.eventData());
      }
      child.flushReports();
      child.report();
      this.nextReport++;
    }
    if (this.parent === null) this.maybeFinishRoot?.();
  }

  eventData() {
    const { file, line, column } = this.loc;
    return { name: this.name, nesting: this.nesting, file, line, column };
  }

  report() {
    if (this.reported) return;
    this.reported = true;
    const parent = this.parent;
    parent.reportedCount++;
    const root = this.root;
    if (this.reportedCount > 0) {
      root.emit('test:plan', { nesting: this.nesting + 1, count: this.reportedCount,
                               file: this.loc.file });
    }
    const data = this.eventData();
    data.testNumber = parent.reportedCount;
    data.details = { duration_ms: this.duration, type: this.kind };
    if (this.skip !== undefined) data.skip = this.skip;
    if (this.todo !== undefined) data.todo = this.todo;
    if (this.error !== null) data.details.error = this.error;
    root.count(this);
    root.emit(this.error === null ? 'test:pass' : 'test:fail', data);
    for (const message of this.diagnostics) {
      root.emit('test:diagnostic', { nesting: this.nesting, message, file: this.loc.file });
    }
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn) {
    super(parent, name, options, fn, 'suite');
    this.concurrency = toConcurrency(options?.concurrency, 'options') ?? 1;
    this.suiteReady = Promise.resolve();
    if (this.skip !== undefined || this.filtered) return;
    const ctx = new SuiteContext(this);
    this.context = ctx;
    const root = this.root;
    const saved = root.currentSuite;
    root.currentSuite = this;
    try {
      const ret = storage().run(this, () => Reflect.apply(fn, ctx, [ctx]));
      if (ret !== null && typeof ret?.then === 'function') {
        this.suiteReady = Promise.resolve(ret).then(() => {}, (err) => {
          this.fail(testFailure(err, kTestCodeFailure));
        }).finally(() => this.decideFiltered());
      }
    } catch (err) {
      this.fail(testFailure(err, kTestCodeFailure));
    } finally {
      root.currentSuite = saved;
    }
    this.decideFiltered();
  }

  decideFiltered() {
    // A suite left with only filtered children (name pattern, --test-only) is not reported.
    const root = this.root;
    if (this.error !== null || this.subtests.length === 0) {
      if (root.namePatterns.length > 0 && !nameMatches(this, root.namePatterns) &&
          this.error === null) {
        this.filtered = true;
      }
      if (root.testOnly && this.error === null && !this.hasOnlyAncestor()) this.filtered = true;
      return;
    }
    if (this.subtests.every((t) => t.filtered)) this.filtered = true;
  }

  hasOnlyAncestor() {
    for (let t = this; t !== null; t = t.parent) if (t.only) return true;
    return false;
  }

  applyFilters() {
    super.applyFilters();
  }
}

// Under a suite whose `only` is set, every child runs.
const baseApply = Test.prototype.applyFilters;
Test.prototype.applyFilters = function applyFilters() {
  baseApply.call(this);
  if (this.filtered && this.root.testOnly) {
    for (let t = this.parent; t !== null; t = t.parent) {
      if (t.only) {
        this.filtered = false;
        if (this.root.namePatterns.length > 0 && this.kind !== 'suite' &&
            !nameMatches(this, this.root.namePatterns)) {
          this.filtered = true;
        }
        break;
      }
    }
  }
};

class TestContext {
  #test;
  #assert;
  constructor(test) {
    this.#test = test;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName();
  }

  get filePath() {
    return this.#test.loc.file;
  }

  get signal() {
    return this.#test.signal;
  }

  get mock() {
    const test = this.#test;
    if (test.mockTracker === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  get assert() {
    if (this.#assert === undefined) {
      const test = this.#test;
      const assert = require('assert');
      const methods = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject',
        'doesNotThrow', 'equal', 'fail', 'ifError', 'match', 'notDeepEqual',
        'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'rejects', 'strictEqual',
        'throws'];
      const obj = {};
      for (const m of methods) {
        const fn = assert[m];
        obj[m] = function(...args) {
          test.assertions++;
          return Reflect.apply(fn, assert, args);
        };
      }
      obj.snapshot = function snapshot() {
        throw new ERR_NOT_IMPLEMENTED('t.assert.snapshot() (snapshot testing)');
      };
      obj.fileSnapshot = function fileSnapshot() {
        throw new ERR_NOT_IMPLEMENTED('t.assert.fileSnapshot() (snapshot testing)');
      };
      this.#assert = obj;
    }
    return this.#assert;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(String(message));
  }

  plan(count) {
    validateUint32(count, 'count', false);
    if (this.#test.planned !== undefined && this.#test.plannedByCall) {
      throw new ERR_TEST_FAILURE('cannot set plan more than once', kTestCodeFailure);
    }
    this.#test.planned = count;
    this.#test.plannedByCall = true;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = Boolean(value);
  }

  skip(message) {
    const test = this.#test;
    test.skip = typeof message === 'string' ? message : '';
  }

  todo(message) {
    const test = this.#test;
    test.todo = typeof message === 'string' ? message : '';
  }

  test(name, options, fn) {
    const args = normalizeArgs(name, options, fn, 'test');
    const child = new Test(this.#test, args.name, args.options, args.fn, 'test');
    return this.#test.addSubtest(child);
  }

  before(fn, options) {
    addHook(this.#test, 'before', fn, options, this);
  }

  after(fn, options) {
    addHook(this.#test, 'after', fn, options, this);
  }

  beforeEach(fn, options) {
    addHook(this.#test, 'beforeEach', fn, options);
  }

  afterEach(fn, options) {
    addHook(this.#test, 'afterEach', fn, options);
  }

  waitFor() {
    throw new ERR_NOT_IMPLEMENTED('TestContext.waitFor()');
  }
}

class SuiteContext {
  #suite;
  constructor(suite) {
    this.#suite = suite;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName();
  }

  get filePath() {
    return this.#suite.loc.file;
  }

  get signal() {
    return this.#suite.signal;
  }
}

function addHook(test, type, fn, options, context) {
  validateFunction(fn, 'fn');
  if (options !== undefined) validateObject(options, 'options');
  const timeout = options?.timeout;
  if (timeout !== undefined && timeout !== Infinity) {
    validateNumber(timeout, 'options.timeout', 0, 2 ** 31 - 1);
  }
  test.hooks[type].push({ fn, timeout, context });
}

function normalizeArgs(name, options, fn, kind) {
  if (typeof name === 'function') {
    fn = name;
    options = undefined;
    name = fn.name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' ? fn.name : undefined;
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  // As in Node, options that are not an object and a fn that is not a function are ignored
  // (the test then does nothing and passes).
  if (options === null || typeof options !== 'object') options = undefined;
  if (name === undefined || name === null || name === '') {
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else {
    name = String(name);
  }
  if (typeof fn !== 'function') fn = () => {};
  return { name, options, fn };
}

module.exports = {
  Test,
  Suite,
  TestContext,
  SuiteContext,
  addHook,
  normalizeArgs,
  testFailure,
  storage,
  kCancelledByParent,
  kSubtestsFailed,
  kUncaughtException,
  kTestCodeFailure,
  kCancelledTypes,
};
