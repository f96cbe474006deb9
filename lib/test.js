'use strict';
// node:test — tests, suites, hooks, mocks and the reporters of Node's test runner (see
// lib/internal/test_runner/). The module's default export is test() itself.

const { runTest, runSuite, hook } = require('internal/test_runner/harness');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function test(name, options, fn) {
  return runTest(name, options, fn);
}

function suite(name, options, fn) {
  return runSuite(name, options, fn);
}

function variants(target, run) {
  target.skip = (name, options, fn) => run(name, options, fn, { skip: true });
  target.todo = (name, options, fn) => run(name, options, fn, { todo: true });
  target.only = (name, options, fn) => run(name, options, fn, { only: true });
}

function it(name, options, fn) {
  return runTest(name, options, fn);
}

variants(test, runTest);
variants(it, runTest);
variants(suite, runSuite);

const describe = suite;

let mockTracker;

function notImplemented(what) {
  return function() {
    throw new ERR_NOT_IMPLEMENTED(what);
  };
}

module.exports = test;
Object.assign(module.exports, {
  test,
  it,
  describe,
  suite,
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  run: notImplemented('node:test run()'),
});
Object.defineProperty(module.exports, 'mock', {
  enumerable: true,
  configurable: true,
  get() {
    if (mockTracker === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mockTracker = new MockTracker();
    }
    return mockTracker;
  },
});
Object.defineProperty(module.exports, 'snapshot', {
  enumerable: true,
  configurable: true,
  get() {
    return {
      setDefaultSnapshotSerializers: notImplemented('snapshot.setDefaultSnapshotSerializers()'),
      setResolveSnapshotPath: notImplemented('snapshot.setResolveSnapshotPath()'),
    };
  },
});
