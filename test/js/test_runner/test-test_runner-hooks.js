'use strict';
// Hooks run in Node's order: before/after once per suite (or module), beforeEach/afterEach around
// every test of the suite and the suites inside it, outermost first; t.before/t.beforeEach/
// t.afterEach/t.after for a test's subtests. Also: the context's name, signal, callback tests.
const assert = require('assert');
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');

const log = [];
let moduleBefore = 0;
before(() => moduleBefore++);
beforeEach(() => log.push('module beforeEach'));
afterEach(() => log.push('module afterEach'));
after(() => log.push('module after'));

describe('outer', () => {
  before(() => log.push('outer before'));
  beforeEach(() => log.push('outer beforeEach'));
  afterEach(() => log.push('outer afterEach'));
  after(() => log.push('outer after'));
  it('a', () => log.push('a'));
  describe('inner', () => {
    beforeEach(() => log.push('inner beforeEach'));
    it('b', () => log.push('b'));
  });
});

test('with subtests', async (t) => {
  t.beforeEach((ctx) => log.push(`t.beforeEach ${ctx.name}`));
  t.afterEach(() => log.push('t.afterEach'));
  t.after(() => log.push('t.after'));
  assert.strictEqual(t.name, 'with subtests');
  assert.ok(t.signal instanceof AbortSignal);
  assert.strictEqual(t.signal.aborted, false);
  await t.test('s1', () => log.push('s1'));
  await t.test('s2', (t2, done) => {
    log.push('s2');
    setImmediate(done);
  });
});

let signal;
test('signal aborts when the test ends', (t) => {
  signal = t.signal;
});

test('async test', async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  log.push('async');
});

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal.aborted, true);
  // Module-level before(): once (Node 22 runs it when the first test() starts, after the suites).
  assert.strictEqual(moduleBefore, 1);
  assert.deepStrictEqual(log, [
    'outer before',
    'module beforeEach', 'outer beforeEach', 'a', 'outer afterEach', 'module afterEach',
    'module beforeEach', 'outer beforeEach', 'inner beforeEach', 'b', 'outer afterEach',
    'module afterEach',
    'outer after',
    'module beforeEach', 'module beforeEach', 't.beforeEach s1', 's1', 't.afterEach',
    'module afterEach', 'module beforeEach', 't.beforeEach s2', 's2', 't.afterEach',
    'module afterEach', 'module afterEach', 't.after',
    'module beforeEach', 'module afterEach',
    'module beforeEach', 'async', 'module afterEach',
    'module after',
  ]);
});
