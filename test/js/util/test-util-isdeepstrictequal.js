'use strict';
// util.isDeepStrictEqual: structural equality with strict types and prototypes; results
// match Node v20.

const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function cycle() {
  const a = { name: 'cycle' };
  a.self = a;
  return a;
}

const equal = [
  [{ a: [1, { b: 'c' }] }, { a: [1, { b: 'c' }] }],
  [NaN, NaN],
  [[1, , 3], [1, , 3]],
  [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]])],
  [new Set([NaN]), new Set([NaN])],
  [new Map([[0, 1]]), new Map([[-0, 1]])],
  [new Date(0), new Date(0)],
  [/a/g, /a/g],
  [new Number(NaN), new Number(NaN)],
  [new String('ab'), new String('ab')],
  [new Error('a'), new Error('a')],
  [cycle(), cycle()],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [{ get a() { return 1; } }, { a: 1 }],
  [Object.defineProperty({}, Symbol('hidden'), { value: 1 }), {}],
  [new WeakMap(), new WeakMap()],
];
const different = [
  [1, '1'],
  [0, -0],
  [[-0], [0]],
  [{}, []],
  [Object.create(null), {}],
  [[1, , 3], [1, undefined, 3]],
  [Object.assign([1], { x: 1 }), [1]],
  [(function() { return arguments; })(1), [1]],
  [new Error('a'), new Error('b')],
  [new Error('a'), new TypeError('a')],
  [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  [Object.assign(new Error('a'), { code: 1 }), new Error('a')],
  [Object.assign(/a/g, { lastIndex: 1 }), /a/g],
  [Object.assign(new Number(1), { a: 1 }), new Number(1)],
  [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  [new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 2]])],
  [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  [new Float32Array([-0]), new Float32Array([0])],
  [Symbol('a'), Symbol('a')],
  [() => {}, () => {}],
  [{ [Symbol.toStringTag]: 'x' }, {}],
  [new (class A {})(), new (class A {})()],
];

equal.forEach(([a, b], i) => {
  assert.strictEqual(isDeepStrictEqual(a, b), true, `equal[${i}]`);
  assert.strictEqual(isDeepStrictEqual(b, a), true, `equal[${i}] reversed`);
});
different.forEach(([a, b], i) => {
  assert.strictEqual(isDeepStrictEqual(a, b), false, `different[${i}]`);
  assert.strictEqual(isDeepStrictEqual(b, a), false, `different[${i}] reversed`);
});
