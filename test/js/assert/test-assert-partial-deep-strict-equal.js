'use strict';

// assert.partialDeepStrictEqual(actual, expected): expected describes part of actual. Every
// outcome below was checked against Node v24.21.0 (node v20 has no partialDeepStrictEqual).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof assert.partialDeepStrictEqual !== 'function')) process.exit(0);

const cases = [
  // [actual, expected, whether node v24 passes it]
  // Objects: expected's keys only; undefined-valued keys must exist; prototypes are not compared.
  [{ a: 1, b: 2 }, { a: 1 }, true],
  [{ a: { b: { c: 1, d: 2 } } }, { a: { b: { c: 1 } } }, true],
  [{ a: 1 }, { a: 1, b: undefined }, false],
  [{}, { a: undefined }, false],
  [{ a: null }, { a: undefined }, false],
  [{ a: 1 }, { a: '1' }, false],
  [{ __proto__: null, a: 1 }, { a: 1 }, true],
  [{ a: 1 }, { __proto__: null }, true],
  [{ [Symbol.for('s')]: 1, a: 2 }, { [Symbol.for('s')]: 1 }, true],
  [{ a: 2 }, { [Symbol.for('s')]: 1 }, false],
  [Object.defineProperty({}, 'a', { value: 1 }), { a: 1 }, false],
  // Arrays: expected's elements in the same order, other elements between them.
  [[1, 2, 3], [1, 3], true],
  [[1, 2, 3, 4, 5], [2, 4], true],
  [[1, 2, 3], [3, 1], false],
  [[1], [], true],
  [[], [1], false],
  [[1, [2, 3]], [[2]], true],
  [[1, [2, 3]], [[3, 2]], false],
  [[{ a: 1, b: 1 }, { a: 2, b: 2 }], [{ a: 2 }], true],
  [[1, , 3], [1, 3], true],
  [[1, 2, 3], [1, , 3], true],
  [[1, undefined, 3], [1, , 3], true],
  [Object.assign([1, 2], { x: 1 }), Object.assign([1], { x: 1 }), true],
  [Object.assign([1, 2], { x: 1 }), Object.assign([1], { x: 2 }), false],
  [[1, 2], { 0: 1 }, false],
  // Sets and Maps: each member of expected matches its own member of actual.
  [new Set([1, 2, { a: 1, b: 2 }]), new Set([{ a: 1 }]), true],
  [new Set([1, 2]), new Set([3]), false],
  [new Set([{ a: 1 }]), new Set([{ a: 1 }, { a: 1 }]), false],
  [new Set([1, { a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]), true],
  [new Set([{ a: 1 }, { a: 2 }, { b: 3 }]), new Set([{ a: 2 }, { a: 1 }]), true],
  [new Set([{ a: 1 }, { b: 2 }]), new Set([{ c: 3 }]), false],
  [new Map([[1, { a: 1, b: 2 }], [2, 3]]), new Map([[1, { a: 1 }]]), true],
  [new Map([[1, 2]]), new Map([[1, 3]]), false],
  [new Map([[1, 2]]), new Map([[2, 2]]), false],
  [new Map([[{ k: 1, j: 2 }, 'v']]), new Map([[{ k: 1 }, 'v']]), true],
  [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'w']]), false],
  [new Set([1]), [1], false],
  // Typed arrays and ArrayBuffers: expected's bytes in order among actual's.
  [new Uint8Array([1, 2, 3]), new Uint8Array([1, 3]), true],
  [new Uint8Array([1, 2, 3]), new Uint8Array([3, 1]), false],
  [Buffer.from('abc'), new Uint8Array([97]), true],
  [new Uint8Array([1]), new Int8Array([1]), false],
  [new ArrayBuffer(4), new ArrayBuffer(2), true],
  [new Uint8Array([1, 2]).buffer, new Uint8Array([2, 1]).buffer, false],
  // Values compared whole.
  [new Date(0), new Date(0), true],
  [new Date(0), new Date(1), false],
  [/a/g, /a/g, true],
  [/a/g, /a/, false],
  [new Number(1), new Number(1), true],
  [new String('ab'), new String('a'), false],
  [new URL('http://a/b'), new URL('http://a/b'), true],
  [new URL('http://a/b'), new URL('http://a/c'), false],
  // Errors: name and message unless expected leaves them out.
  [new Error('x'), new Error('x'), true],
  [new Error('x'), new Error('y'), false],
  [new Error('x'), new Error(), true],
  [new TypeError('x'), new Error('x'), false],
  [new Error('x', { cause: 1 }), new Error('x'), true],
  [new Error('x'), new Error('x', { cause: 1 }), false],
  // Primitives: Object.is.
  [1, 1, true],
  [NaN, NaN, true],
  [0, -0, false],
  [1, '1', false],
  ['a', 'a', true],
  [null, null, true],
  [null, undefined, false],
  [1n, 1n, true],
  [{}, null, false],
  [function f() {}, function f() {}, false],
];

for (const [actual, expected, passes] of cases) {
  if (passes) {
    assert.partialDeepStrictEqual(actual, expected);
  } else {
    assert.throws(() => assert.partialDeepStrictEqual(actual, expected), {
      code: 'ERR_ASSERTION',
      operator: 'partialDeepStrictEqual',
    }, `${require('util').inspect(actual)} / ${require('util').inspect(expected)}`);
  }
}

// Cycles: the same shape on both sides is equal.
const cycleA = { a: 1, b: 2 };
cycleA.self = cycleA;
const cycleB = { a: 1 };
cycleB.self = cycleB;
assert.partialDeepStrictEqual(cycleA, cycleB);
const list = [1, 2];
list.push(list);
assert.partialDeepStrictEqual(list, [1, list]);

// Getters of actual are read.
assert.partialDeepStrictEqual({ get a() { return 1; }, b: 2 }, { a: 1 });

assert.strictEqual(assert.strict.partialDeepStrictEqual, assert.partialDeepStrictEqual);
assert.strictEqual(assert.partialDeepStrictEqual.name, 'partialDeepStrictEqual');
assert.strictEqual(assert.partialDeepStrictEqual.length, 3);
