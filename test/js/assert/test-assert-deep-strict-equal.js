'use strict';
// assert.deepStrictEqual / notDeepStrictEqual follow Node's rules.
const assert = require('assert');

const equal = (a, b) => {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
};
const unequal = (a, b) => {
  assert.notDeepStrictEqual(a, b);
  assert.notDeepStrictEqual(b, a);
};

// Primitives: Object.is, except that -0 and 0 differ and NaN equals NaN.
equal(NaN, NaN);
unequal(0, -0);
unequal(1, '1');
unequal(null, undefined);

// Objects: same prototype, same own enumerable keys and symbols.
equal({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
unequal({ a: 1 }, { a: '1' });
unequal({ a: undefined }, {});
unequal(Object.create(null), {});
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
unequal(new A(), new B());
unequal(new A(), { x: 1 });
const s = Symbol('s');
equal({ [s]: 1 }, { [s]: 1 });
unequal({ [s]: 1 }, { [s]: 2 });
unequal({ [s]: 1 }, {});
const hidden = {};
Object.defineProperty(hidden, 'x', { value: 1, enumerable: false });
equal(hidden, {});

// Arrays: holes differ from undefined, extra properties count.
unequal([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
equal([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
const extra = [1];
extra.foo = 'bar';
unequal(extra, [1]);
unequal([1], { 0: 1, length: 1 });

// Built-in kinds.
equal(new Date(5), new Date(5));
unequal(new Date(5), new Date(6));
equal(/a/g, /a/g);
unequal(/a/g, /a/i);
const re = /a/g;
re.lastIndex = 3;
unequal(re, /a/g);
equal(new Number(1), new Number(1));
unequal(new Number(1), new Number(2));
unequal(new Number(0), new Number(-0));
unequal(new String('a'), new String('b'));
unequal(new Number(1), 1);
equal(Object(s), Object(s));
equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
unequal(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
unequal(new Uint8Array([1, 2]), new Int8Array([1, 2]));
equal(new Float64Array([NaN]), new Float64Array([NaN]));
unequal(new Float64Array([0]), new Float64Array([-0]));
equal(new ArrayBuffer(4), new ArrayBuffer(4));
unequal(new ArrayBuffer(4), new ArrayBuffer(5));

// Errors: name and message count although they are not enumerable.
equal(new Error('a'), new Error('a'));
unequal(new Error('a'), new Error('b'));
unequal(new Error('a'), new TypeError('a'));
unequal(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));

// Sets and Maps, with objects compared deeply.
equal(new Set([1, 2]), new Set([2, 1]));
unequal(new Set([1]), new Set(['1']));
equal(new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
unequal(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
equal(new Map([[{ k: 1 }, 'a'], [{ k: 1 }, 'b']]), new Map([[{ k: 1 }, 'b'], [{ k: 1 }, 'a']]));
unequal(new Map([[1, 'a']]), new Map([[1, 'b']]));
unequal(new Map([[1, 'a']]), new Map([['1', 'a']]));

// Cycles.
const c1 = { a: 1 };
c1.self = c1;
const c2 = { a: 1 };
c2.self = c2;
const c3 = { a: 2 };
c3.self = c3;
equal(c1, c2);
unequal(c1, c3);
const l1 = [1];
l1.push(l1);
const l2 = [1];
l2.push(l2);
equal(l1, l2);

// The message shows a diff.
assert.throws(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }), {
  code: 'ERR_ASSERTION',
  operator: 'deepStrictEqual',
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }\n',
});
assert.throws(() => assert.deepStrictEqual([1, 2, 3], [1, 2]), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
           '  [\n    1,\n    2,\n+   3\n  ]\n',
});
assert.throws(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }), {
  operator: 'notDeepStrictEqual',
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n',
});
