'use strict';
// util.deprecate: one DeprecationWarning per wrapped function, one per code across functions;
// the wrapper forwards this, arguments, return values and `new`.

const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning') warnings.push(warning);
});

const first = util.deprecate(function(a, b) { return [this, a + b]; }, 'first is deprecated', 'DEP_TIDE_1');
const sameCode = util.deprecate(() => 'same', 'same code again', 'DEP_TIDE_1');
const noCode = util.deprecate(() => 'no code', 'no code is deprecated');

const receiver = {};
assert.deepStrictEqual(first.call(receiver, 1, 2), [receiver, 3]);
first(3, 4);
assert.strictEqual(sameCode(), 'same');
assert.strictEqual(noCode(), 'no code');
noCode();

// Constructors keep working, with instanceof both ways.
class Point {
  constructor(x) { this.x = x; }
}
const DeprecatedPoint = util.deprecate(Point, 'Point is deprecated', 'DEP_TIDE_2');
const point = new DeprecatedPoint(5);
assert.strictEqual(point.x, 5);
assert.ok(point instanceof Point);
assert.ok(point instanceof DeprecatedPoint);
assert.strictEqual(Object.getPrototypeOf(DeprecatedPoint), Point);

assert.throws(() => util.deprecate(() => {}, 'bad code', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

setImmediate(() => {
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.message, w.code]), [
    ['DeprecationWarning', 'first is deprecated', 'DEP_TIDE_1'],
    ['DeprecationWarning', 'no code is deprecated', undefined],
    ['DeprecationWarning', 'Point is deprecated', 'DEP_TIDE_2'],
  ]);

  // process.noDeprecation silences warnings that have not been emitted yet.
  process.noDeprecation = true;
  util.deprecate(() => {}, 'silenced', 'DEP_TIDE_3')();
  setImmediate(() => {
    assert.strictEqual(warnings.length, 3);
    warnings.push('done');
  });
});

process.on('exit', () => {
  assert.strictEqual(warnings[warnings.length - 1], 'done');
});
