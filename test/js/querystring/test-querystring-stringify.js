'use strict';
// querystring.stringify(): Node's escaping, arrays as repeated keys (empty arrays skipped),
// non-string primitives (finite numbers, bigints, booleans; anything else is ''), custom
// separators, a custom encodeURIComponent, and querystring.encode as its alias.
const assert = require('assert');
const qs = require('querystring');

const cases = [
  [{}, ''],
  [{ foo: 'bar' }, 'foo=bar'],
  [{ foo: ['bar', 'quux'] }, 'foo=bar&foo=quux'],
  [{ foo: '1', bar: '2' }, 'foo=1&bar=2'],
  [{ 'my weird field': 'q1!2"\'w$5&7/z8)?' }, 'my%20weird%20field=q1!2%22\'w%245%267%2Fz8)%3F'],
  [{ 'foo=baz': 'bar' }, 'foo%3Dbaz=bar'],
  [{ str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' },
   'str=foo&arr=1&arr=2&arr=3&somenull=&undef='],
  [{ ' foo ': ' bar ' }, '%20foo%20=%20bar%20'],
  [{ foo: '\u00e9\u4e2d\ud83d\ude00' }, 'foo=%C3%A9%E4%B8%AD%F0%9F%98%80'],
  [{ a: [], b: 1 }, 'b=1'],
  [{ a: 1, b: [] }, 'a=1'],
  [{ a: [], b: [] }, ''],
  [{ n: 1, z: 0, negz: -0, neg: -1.5, e: 1e20 }, 'n=1&z=0&negz=0&neg=-1.5&e=100000000000000000000'],
  [{ big: 1e21, small: -1e22 }, 'big=1e%2B21&small=-1e%2B22'],
  [{ nan: NaN, inf: Infinity, ninf: -Infinity }, 'nan=&inf=&ninf='],
  [{ b: 10n, t: true, f: false }, 'b=10&t=true&f=false'],
  [{ u: undefined, n: null, o: {}, s: Symbol('x'), fn() {} }, 'u=&n=&o=&s=&fn='],
  [{ arr: [1, null, true, 'x y', [2]] }, 'arr=1&arr=&arr=true&arr=x%20y&arr='],
  [{ '': 'empty key' }, '=empty%20key'],
  [{ "-_.!~*'()": "-_.!~*'()" }, "-_.!~*'()=-_.!~*'()"],
];
for (const [input, expected] of cases) {
  assert.strictEqual(qs.stringify(input), expected);
  assert.strictEqual(qs.encode(input), expected);
}
assert.strictEqual(qs.encode, qs.stringify);

// Only own enumerable string keys, in Object.keys order.
const proto = { inherited: 1 };
const child = Object.create(proto);
child.own = 2;
Object.defineProperty(child, 'hidden', { value: 3, enumerable: false });
child[Symbol('s')] = 4;
assert.strictEqual(qs.stringify(child), 'own=2');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');

// Anything but an object is ''.
for (const input of [undefined, null, 'a=b', 5, true, 5n]) assert.strictEqual(qs.stringify(input), '');

// Separators (falsy ones mean the defaults; others are converted to strings).
assert.strictEqual(qs.stringify({ a: 1, b: [2, 3] }, ';', ':'), 'a:1;b:2;b:3');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', null), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, 5, 7), 'a715b72');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, { toString() { return '|'; } }), 'a=1|b=2');

// A custom encoder gets every key and value as a string, even the ones that need no escaping.
const calls = [];
const encoder = (s) => { calls.push(s); return `<${s}>`; };
assert.strictEqual(qs.stringify({ a: 1e21, b: 10n, c: [true, null], d: '' }, null, null,
                                { encodeURIComponent: encoder }),
                   '<a>=<1e+21>&<b>=<10>&<c>=<true>&<c>=<>&<d>=<>');
// (each key is encoded once, even when its value is an array)
assert.deepStrictEqual(calls, ['a', '1e+21', 'b', '10', 'c', 'true', '', 'd', '']);
assert.strictEqual(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: 5 }), 'a=b%20c');

// Replacing querystring.escape changes the default encoder.
const original = qs.escape;
try {
  qs.escape = (s) => s.toUpperCase();
  assert.strictEqual(qs.stringify({ a: 'b c', n: 1 }), 'A=B C&N=1');
} finally {
  qs.escape = original;
}

// A lone surrogate at the end of a string cannot be encoded.
assert.throws(() => qs.stringify({ a: '\ud800' }), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});

// Round trip.
const data = { a: 'x y', b: ['1', '2'], 'c&d': '=', e: '\u4e2d' };
assert.deepStrictEqual(qs.parse(qs.stringify(data)), Object.assign(Object.create(null), data));
