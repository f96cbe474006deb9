'use strict';
// querystring.parse(): Node's results for a table of inputs — '+' as space, %XX decoding with a
// fallback for malformed escapes, repeated keys as arrays, empty pairs skipped, keys without '=',
// null-prototype results — and querystring.decode as its alias.
const assert = require('assert');
const qs = require('querystring');

function obj(entries) {
  return Object.assign(Object.create(null), entries);
}

const cases = [
  ['', {}],
  ['foo=bar', { foo: 'bar' }],
  ['foo=bar&foo=quux', { foo: ['bar', 'quux'] }],
  ['foo=1&bar=2', { foo: '1', bar: '2' }],
  ['my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F', { 'my weird field': 'q1!2"\'w$5&7/z8)?' }],
  ['foo%3Dbaz=bar', { 'foo=baz': 'bar' }],
  ['foo=baz=bar', { foo: 'baz=bar' }],
  ['str=foo&arr=1&arr=2&arr=3&somenull=&undef=',
   { str: 'foo', arr: ['1', '2', '3'], somenull: '', undef: '' }],
  [' foo = bar ', { ' foo ': ' bar ' }],
  ['foo=%zx', { foo: '%zx' }],
  ['foo=%EF%BF%BD', { foo: '\ufffd' }],
  ['hasOwnProperty=x&toString=foo&valueOf=bar&__defineGetter__=baz',
   { hasOwnProperty: 'x', toString: 'foo', valueOf: 'bar', __defineGetter__: 'baz' }],
  ['foo&bar=baz', { foo: '', bar: 'baz' }],
  ['a=b&=c&d', { a: 'b', '': 'c', d: '' }],
  ['a&&b', { a: '', b: '' }],
  ['&&&&', {}],
  ['&=&', { '': '' }],
  ['&=&=', { '': ['', ''] }],
  ['=', { '': '' }],
  ['+', { ' ': '' }],
  ['+=+', { ' ': ' ' }],
  ['a+b=c+d', { 'a b': 'c d' }],
  ['a=%20+%20', { a: '   ' }],
  ['%E4%B8%AD=%E6%96%87', { '中': '文' }],
  ['a=%E4%B8', { a: '\ufffd' }],
  ['a=%E4%B8%zz', { a: '\ufffd%zz' }],
  ['a=%41%zz+x', { a: 'A%zz x' }],
  ['a=%', { a: '%' }],
  ['a=%4', { a: '%4' }],
  ['a=%41', { a: 'A' }],
  ['%41%42=%43', { AB: 'C' }],
  // A malformed escape makes the whole string fall back to byte-wise decoding, where non-Latin-1
  // characters keep only their low byte (Node's unescapeBuffer).
  ['%41%42=中%zz', { AB: '-%zz' }],
  ['a=中%zz', { a: '中%zz' }],
  ['__proto__=1', { __proto__: null, ['__proto__']: '1' }],
  ['a=1&a=2&a=3&b=4&a=5', { a: ['1', '2', '3', '5'], b: '4' }],
  ['a=b=c=d', { a: 'b=c=d' }],
  ['a==b', { a: '=b' }],
];

for (const [input, expected] of cases) {
  const expectedObj = obj(expected);
  if (input === '__proto__=1') {
    expectedObj.__proto__ = '1';  // own property on the null-prototype object
  }
  const result = qs.parse(input);
  assert.strictEqual(Object.getPrototypeOf(result), null, input);
  assert.deepStrictEqual(result, expectedObj, input);
  assert.deepStrictEqual(qs.decode(input), expectedObj, input);
}
assert.strictEqual(qs.decode, qs.parse);

// Anything but a non-empty string gives an empty object.
for (const input of [undefined, null, 5, {}, [], true, '']) {
  const result = qs.parse(input);
  assert.deepStrictEqual(result, obj({}));
  assert.strictEqual(Object.getPrototypeOf(result), null);
}

// Results are fresh objects.
assert.notStrictEqual(qs.parse('a=1'), qs.parse('a=1'));
