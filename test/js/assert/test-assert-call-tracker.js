'use strict';

// assert.CallTracker: calls() wraps and counts, getCalls/report/reset/verify with Node's
// messages and AssertionError details.

const assert = require('assert');

process.noDeprecation = true;  // The DEP0173 warning has its own test.
const tracker = new assert.CallTracker();

function add(a, b) {
  return a + b;
}
const tracked = tracker.calls(add, 2);
assert.strictEqual(tracked.name, 'add');
assert.strictEqual(tracked.length, 2);
assert.strictEqual(tracked(1, 2), 3);
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [1, 2] }]);
assert.ok(Object.isFrozen(tracker.getCalls(tracked)));
assert.ok(Object.isFrozen(tracker.getCalls(tracked)[0]));
assert.ok(Object.isFrozen(tracker.getCalls(tracked)[0].arguments));

// Without a function, or with only a count, the wrapped function does nothing and is
// reported as "calls".
const counted = tracker.calls(3);
const once = tracker.calls();
assert.strictEqual(counted.name, '');
assert.strictEqual(counted(), undefined);

const report = tracker.report();
assert.strictEqual(report.length, 3);
assert.deepStrictEqual(report.map(({ message, actual, expected, operator }) => ({
  message, actual, expected, operator,
})), [
  {
    message: 'Expected the add function to be executed 2 time(s) but was executed 1 time(s).',
    actual: 1, expected: 2, operator: 'add',
  },
  {
    message: 'Expected the calls function to be executed 3 time(s) but was executed 1 time(s).',
    actual: 1, expected: 3, operator: 'calls',
  },
  {
    message: 'Expected the calls function to be executed 1 time(s) but was executed 0 time(s).',
    actual: 0, expected: 1, operator: 'calls',
  },
]);
// The stack is where calls() was asked.
assert.ok(report[0].stack instanceof Error);
assert.match(report[0].stack.stack, /test-assert-call-tracker\.js/);

// Several failures: one generic message, each failure in numbered properties.
assert.throws(() => tracker.verify(), (err) => {
  assert.ok(err instanceof assert.AssertionError);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, 'Functions were not called the expected number of times');
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(err.actual, undefined);
  assert.strictEqual(err.operator, undefined);
  assert.strictEqual(err['message 0'], report[0].message);
  assert.strictEqual(err['actual 1'], 1);
  assert.strictEqual(err['expected 2'], 1);
  assert.strictEqual(err['operator 0'], 'add');
  assert.strictEqual(err['stack trace 0'], report[0].stack);
  return true;
});

tracked(3, 4);
counted();
counted();
once();
tracker.verify();

// One failure: its own message. Too many calls fail as well as too few.
tracked(5);
assert.throws(() => tracker.verify(), {
  name: 'AssertionError',
  message: 'Expected the add function to be executed 2 time(s) but was executed 3 time(s).',
});

// reset(fn) forgets one function's calls, reset() all of them.
tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
assert.strictEqual(tracker.getCalls(counted).length, 3);
tracker.reset();
assert.deepStrictEqual(tracker.getCalls(counted), []);
assert.strictEqual(tracker.report().length, 3);

// `this`, `new` and the return value pass through.
const method = tracker.calls(function method() { return this; });
const holder = { method };
assert.strictEqual(holder.method(), holder);
assert.deepStrictEqual(tracker.getCalls(method), [{ thisArg: holder, arguments: [] }]);
const Point = tracker.calls(function Point(x) { this.x = x; });
assert.deepStrictEqual(new Point(1), Object.assign(Object.create(Point.prototype), { x: 1 }));

// Validation.
for (const [expected, code, message] of [
  [0, 'ERR_OUT_OF_RANGE',
   'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0'],
  [-1, 'ERR_OUT_OF_RANGE',
   'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received -1'],
  [0.5, 'ERR_OUT_OF_RANGE',
   'The value of "expected" is out of range. It must be an integer. Received 0.5'],
  ['1', 'ERR_INVALID_ARG_TYPE',
   'The "expected" argument must be of type number. Received type string (\'1\')'],
]) {
  assert.throws(() => tracker.calls(add, expected), { code, message });
}
assert.throws(() => tracker.calls(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => tracker.calls('not a function'), TypeError);

const other = new assert.CallTracker();
for (const [value, received] of [
  [add, '[Function: add]'], [tracked, '[Function: add]'], [null, 'null'], [1, '1'], [{}, '{}'],
]) {
  const message = `The argument 'tracked' is not a tracked function. Received ${received}`;
  if (value !== tracked) {
    assert.throws(() => tracker.getCalls(value), { code: 'ERR_INVALID_ARG_VALUE', message });
    assert.throws(() => tracker.reset(value), { code: 'ERR_INVALID_ARG_VALUE', message });
  }
  assert.throws(() => other.getCalls(value), { code: 'ERR_INVALID_ARG_VALUE', message });
}
other.verify();
assert.deepStrictEqual(other.report(), []);

// The class as Node has it: wrapped by util.deprecate, the same on assert.strict.
assert.strictEqual(assert.strict.CallTracker, assert.CallTracker);
assert.deepStrictEqual(Object.getOwnPropertyNames(assert.CallTracker.prototype),
                       ['constructor', 'reset', 'getCalls', 'calls', 'report', 'verify']);
assert.ok(new assert.CallTracker() instanceof assert.CallTracker);

// No new tracked functions once the process is exiting.
process.on('exit', () => {
  assert.throws(() => tracker.calls(add), {
    code: 'ERR_UNAVAILABLE_DURING_EXIT',
    message: 'Cannot call function in process exit handler',
  });
});
