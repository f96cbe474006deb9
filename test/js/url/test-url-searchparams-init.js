'use strict';
// The URLSearchParams constructor: string, sequence of pairs, record, another URLSearchParams,
// and the errors for malformed pairs.
const assert = require('assert');

const list = (p) => [...p];

assert.deepStrictEqual(list(new URLSearchParams()), []);
assert.deepStrictEqual(list(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(list(new URLSearchParams(null)), []);
assert.deepStrictEqual(list(new URLSearchParams('')), []);
assert.deepStrictEqual(list(new URLSearchParams('?')), []);
assert.deepStrictEqual(list(new URLSearchParams('??a=1')), [['?a', '1']]);
assert.deepStrictEqual(list(new URLSearchParams(12)), [['12', '']]);
assert.deepStrictEqual(list(new URLSearchParams('a=b=c')), [['a', 'b=c']]);

// Sequences of pairs (any iterable of iterables of two).
assert.deepStrictEqual(list(new URLSearchParams([['a', 1], ['b', 2]])), [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(list(new URLSearchParams(new Map([['m', 'n']]))), [['m', 'n']]);
assert.deepStrictEqual(list(new URLSearchParams([new Set(['x', 'y'])])), [['x', 'y']]);
function* gen() { yield ['g', 'h']; }
assert.deepStrictEqual(list(new URLSearchParams(gen())), [['g', 'h']]);
const copy = new URLSearchParams(new URLSearchParams('z=1&z=2'));
assert.deepStrictEqual(list(copy), [['z', '1'], ['z', '2']]);

assert.throws(() => new URLSearchParams([['a']]), {
  code: 'ERR_INVALID_TUPLE', name: 'TypeError',
  message: 'Each query pair must be an iterable [name, value] tuple',
});
assert.throws(() => new URLSearchParams([['a', 'b', 'c']]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams(['ab']), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});

// Records: own enumerable string keys, values converted to strings.
assert.deepStrictEqual(list(new URLSearchParams({ a: 1, b: 'x y', c: ['p', 'q'] })),
                       [['a', '1'], ['b', 'x y'], ['c', 'p,q']]);
const rec = Object.create({ inherited: 1 });
rec.own = 2;
Object.defineProperty(rec, 'hidden', { value: 3, enumerable: false });
Object.defineProperty(rec, Symbol('s'), { value: 4, enumerable: false });
assert.deepStrictEqual(list(new URLSearchParams(rec)), [['own', '2']]);
// An enumerable Symbol key cannot become a name.
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 1 }), TypeError);
// Keys that become the same USVString: the last value wins, in the first key's place.
assert.deepStrictEqual(list(new URLSearchParams({ '\ud800': 'a', '\udc00': 'b' })),
                       [['\uFFFD', 'b']]);
// A function is an object too.
const fn = () => {};
fn.k = 'v';
assert.deepStrictEqual(list(new URLSearchParams(fn)), [['k', 'v']]);
