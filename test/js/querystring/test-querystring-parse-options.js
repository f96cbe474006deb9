'use strict';
// querystring.parse(str, sep, eq, options): custom separators (multi-character, non-string),
// maxKeys (default 1000; 0 or less = no limit; empty pairs count), and a custom
// decodeURIComponent (called for every non-empty key and value, sees '+' as %20, and falls back
// to querystring.unescape when it throws).
const assert = require('assert');
const qs = require('querystring');

const obj = (entries) => Object.assign(Object.create(null), entries);

// Separators.
assert.deepStrictEqual(qs.parse('a:1;b:2', ';', ':'), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a==>1&&&b==>2', '&&&', '==>'), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('foo&amp;bar=1', '&amp;'), obj({ foo: '', bar: '1' }));
assert.deepStrictEqual(qs.parse('a1b2c3d', 1, 2), obj({ a: '', b: 'c3d' }));
assert.deepStrictEqual(qs.parse('a5x5b', 5), obj({ a: '', x: '', b: '' }));
// Falsy separators mean the defaults.
assert.deepStrictEqual(qs.parse('a=1&b=2', '', null), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a=1&b=2', 0, undefined), obj({ a: '1', b: '2' }));
// A separator object is converted with String().
assert.deepStrictEqual(qs.parse('a-1|b-2', { toString() { return '|'; } }, '-'),
                       obj({ a: '1', b: '2' }));
// Separators match greedily, one character at a time (no backtracking): 'aab' holds no 'ab'.
assert.deepStrictEqual(qs.parse('xaab', 'ab'), obj({ xaab: '' }));
assert.deepStrictEqual(qs.parse('x=1ab y=2', 'ab'), obj({ x: '1', ' y': '2' }));

// maxKeys.
const many = Array.from({ length: 2000 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 2000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: -1 })).length, 2000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: NaN })).length, 2000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: '1' })).length, 1000);
assert.deepStrictEqual(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a=1&&b=2', null, null, { maxKeys: 2 }), obj({ a: '1' }));
assert.deepStrictEqual(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }), obj({ a: ['1', '2'] }));
assert.deepStrictEqual(qs.parse('a=1', null, null, { maxKeys: 1 }), obj({ a: '1' }));

// A custom decoder.
const seen = [];
const upper = (s) => { seen.push(s); return s.toUpperCase(); };
assert.deepStrictEqual(qs.parse('a=b&c+d=%41&=x&y=', null, null, { decodeURIComponent: upper }),
                       obj({ A: 'B', 'C%20D': '%41', '': 'X', Y: '' }));
assert.deepStrictEqual(seen, ['a', 'b', 'c%20d', '%41', 'x', 'y']);

// A throwing decoder falls back to querystring.unescape(s, true).
const throwing = () => { throw new Error('no'); };
assert.deepStrictEqual(qs.parse('a%20b=c%41+d', null, null, { decodeURIComponent: throwing }),
                       obj({ 'a b': 'cA d' }));

// A decoder that is not a function is ignored.
assert.deepStrictEqual(qs.parse('a=%41', null, null, { decodeURIComponent: 'x' }), obj({ a: 'A' }));

// Replacing querystring.unescape changes the default decoder, which is then called for every
// key and value.
const original = qs.unescape;
try {
  const calls = [];
  qs.unescape = (s) => { calls.push(s); return `<${s}>`; };
  assert.deepStrictEqual(qs.parse('a=b+c'), obj({ '<a>': '<b%20c>' }));
  assert.deepStrictEqual(calls, ['a', 'b%20c']);
} finally {
  qs.unescape = original;
}
assert.deepStrictEqual(qs.parse('a=b+c'), obj({ a: 'b c' }));
