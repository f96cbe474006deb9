'use strict';
// The module's shape, argument validation (Node's codes), t.assert with t.plan, skip/todo from
// inside a test, suites' context, the promise test() returns, and what tide does not have yet.
const assert = require('assert');
const nodeTest = require('node:test');
const { test, describe, it, suite } = nodeTest;

assert.strictEqual(nodeTest, test);
assert.strictEqual(describe, suite);
for (const name of ['it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'run',
  'mock']) {
  assert.ok(name in nodeTest, name);
}
for (const fn of [test, it, describe]) {
  assert.strictEqual(typeof fn.skip, 'function');
  assert.strictEqual(typeof fn.todo, 'function');
  assert.strictEqual(typeof fn.only, 'function');
}
assert.throws(() => require('test'), { code: 'MODULE_NOT_FOUND' });

// As in Node: options that are not an object and a fn that is not a function are ignored.
test('options ignored', 5, () => {});
test('fn ignored', {}, 5);
assert.throws(() => test('bad timeout', { timeout: -1 }, () => {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => test('bad signal', { signal: {} }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

const seen = [];
const p = test('plan with t.assert', (t) => {
  t.plan(3);
  t.assert.strictEqual(1, 1);
  t.assert.deepStrictEqual({ a: 1 }, { a: 1 });
  return t.test('counts as one', () => {});
});
assert.ok(p instanceof Promise);
p.then((value) => seen.push(['resolved', value]));

test('skip from inside', (t) => {
  t.skip('later');
  seen.push('ran anyway');
});

test('todo from inside', (t) => {
  t.todo();
  throw new Error('a failing todo does not fail the run');
});

describe('a suite', function() {
  seen.push(['suite name', this?.name]);
  it('sees its test context', (t) => {
    seen.push(['test name', t.name, t.fullName]);
  });
});

test('options.plan', { plan: 1 }, (t) => {
  t.assert.ok(true);
});

test('callback with done()', (t, done) => {
  setTimeout(() => done(), 1);
});

test('aborted by its signal option', { signal: AbortSignal.abort() }, () => {
  seen.push('never');
}).then(() => seen.push('aborted test settled'));

process.on('exit', () => {
  // The aborted test fails: exit code 1 is expected, undone here.
  assert.strictEqual(process.exitCode, 1);
  process.exitCode = 0;
  assert.deepStrictEqual(seen.filter((x) => x[0] !== 'resolved'), [
    ['suite name', 'a suite'],
    'ran anyway',
    ['test name', 'sees its test context', 'a suite > sees its test context'],
    'aborted test settled',
  ]);
  // The promise test() returns resolves (to undefined) once the test is done.
  assert.deepStrictEqual(seen.filter((x) => x[0] === 'resolved'), [['resolved', undefined]]);
});
