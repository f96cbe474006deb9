'use strict';
// ES2025 RegExp.escape. Node 20 (and 22) lack it: there the test has nothing to check and exits 0.
// Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof RegExp.escape !== 'function')) process.exit(0);

const desc = Object.getOwnPropertyDescriptor(RegExp, 'escape');
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(desc.value.name, 'escape');
assert.strictEqual(desc.value.length, 1);
assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
assert.throws(() => new RegExp.escape('a'), TypeError);

for (const notString of [undefined, null, 1, {}, new String('a'), Symbol('a'), ['a']]) {
  assert.throws(() => RegExp.escape(notString), TypeError);
}

const cases = [
  ['', ''],
  ['abc', '\\x61bc'],  // a leading letter or digit is hex-escaped
  ['1a', '\\x31a'],
  ['Z9', '\\x5a9'],
  ['_a', '_a'],
  ['foo.bar', '\\x66oo\\.bar'],
  ['(a|b)*', '\\(a\\|b\\)\\*'],
  ['^$\\.*+?()[]{}|/', '\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/'],
  [',-=<>#&!%:;@~\'`"',
   '\\x2c\\x2d\\x3d\\x3c\\x3e\\x23\\x26\\x21\\x25\\x3a\\x3b\\x40\\x7e\\x27\\x60\\x22'],
  [' \t\n\v\f\r', '\\x20\\t\\n\\v\\f\\r'],
  ['\u00A0\u2028\u2029\uFEFF\u3000\u1680\u2000\u200A\u202F\u205F',
   '\\xa0\\u2028\\u2029\\ufeff\\u3000\\u1680\\u2000\\u200a\\u202f\\u205f'],
  ['\uD800a', '\\ud800a'],
  ['\uDC00', '\\udc00'],
  ['\uD83D\uDE00', '\uD83D\uDE00'],
  ['é_ü', 'é_ü'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(RegExp.escape(input), expected, JSON.stringify(input));
}

// An escaped string matches itself literally, in any position of a pattern, with or without u.
for (const text of ['a.b*c', '1+1=2', '(x)', 'C:\\path\\to', 'é.ü', '\uD83D\uDE00?']) {
  for (const flags of ['', 'u']) {
    const re = new RegExp(`^${RegExp.escape(text)}$`, flags);
    assert.ok(re.test(text), `${text} /${flags}`);
  }
}
assert.ok(!new RegExp(RegExp.escape('a.c')).test('abc'));
// The hex-escaped leading digit cannot extend a back reference before it.
assert.ok(new RegExp(`^(.)\\1${RegExp.escape('1')}$`).test('aa1'));
