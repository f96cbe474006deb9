'use strict';
// util.inspect options: compact, breakLength, sorted, colors, showHidden, stylize, legacy arguments, and inspect.custom.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

const big = {
  a: [1, 2, { b: 'string value' }],
  c: { d: new Map([[1, [1, 2]]]), e: 'x'.repeat(30) },
  f: Array.from({ length: 12 }, (_, i) => i),
};
class WithCustom {
  [inspect.custom]() { return 'WC'; }
}

check(big, `{ a: [ 1, 2, { b: 'string value' } ],
  c: { d: Map(1) { 1 => [Array] }, e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  f: [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 ] }`, { compact: true });
check(big, `{
  a: [
    1,
    2,
    {
      b: 'string value'
    }
  ],
  c: {
    d: Map(1) {
      1 => [Array]
    },
    e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  },
  f: [
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11
  ]
}`, { compact: false });
check(big, `{
  a: [
    1,
    2,
    { b: 'string value' }
  ],
  c: {
    d: Map(1) { 1 => [Array] },
    e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  },
  f: [
    0, 1,  2,  3,
    4, 5,  6,  7,
    8, 9, 10, 11
  ]
}`, { compact: 1 });
check(big, `{
  a: [
    1,
    2,
    {
      b: 'string value'
    }
  ],
  c: {
    d: Map(1) {
      1 => [Array]
    },
    e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  },
  f: [
    0,
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11
  ]
}`, { compact: 0 });
check(big, `{
  a: [
    1,
    2,
    {
      b: 'string value'
    }
  ],
  c: {
    d: Map(1) {
      1 => [Array]
    },
    e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
  },
  f: [
    0, 1,  2,  3,
    4, 5,  6,  7,
    8, 9, 10, 11
  ]
}`, { breakLength: 20 });
check(big, `{
  a: [ 1, 2, { b: 'string value' } ],
  c: { d: Map(1) { 1 => [Array] }, e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  f: [
     0,  1, 2, 3, 4,
     5,  6, 7, 8, 9,
    10, 11
  ]
}`, { breakLength: Infinity });
check(big, `{
  a: [ 1, 2, { b: 'string value' } ],
  c: { d: Map(1) { 1 => [Array] }, e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  f: [
     0,  1, 2, 3, 4,
     5,  6, 7, 8, 9,
    10, 11
  ]
}`, { sorted: true });
check(big, `{
  f: [
     0,  1, 2, 3, 4,
     5,  6, 7, 8, 9,
    10, 11
  ],
  c: { e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', d: Map(1) { 1 => [Array] } },
  a: [ 1, 2, { b: 'string value' } ]
}`, { sorted: (a, b) => (a < b ? 1 : -1) });
check(big, "{\n  a: [ \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, { b: \u001b[32m'string value'\u001b[39m } ],\n  c: { d: Map(1) { \u001b[33m1\u001b[39m => \u001b[36m[Array]\u001b[39m }, e: \u001b[32m'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\u001b[39m },\n  f: [\n     \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, \u001b[33m3\u001b[39m, \u001b[33m4\u001b[39m,\n     \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m, \u001b[33m7\u001b[39m, \u001b[33m8\u001b[39m, \u001b[33m9\u001b[39m,\n    \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m\n  ]\n}", { colors: true });
check(big, "{ a: [Array], c: [Object], f: [Array] }", { depth: 0 });
check(big, `{
  a: [ 1, 2, { b: 'string value' }, [length]: 3 ],
  c: { d: Map(1) { 1 => [Array] }, e: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  f: [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, [length]: 12 ]
}`, { showHidden: true });
check(big, `{ a:
   [ 1, 2, { b: 'string value' } ],
  c:
   { d: Map(1) { 1 => [Array] },
     e:
      'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' },
  f:
   [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 ] }`, { compact: true, breakLength: 30 });
check(big, "{\n  a: [\n    \u001b[33m1\u001b[39m,\n    \u001b[33m2\u001b[39m,\n    {\n      b: \u001b[32m'string value'\u001b[39m\n    }\n  ],\n  c: {\n    d: Map(1) {\n      \u001b[33m1\u001b[39m => \u001b[36m[Array]\u001b[39m\n    },\n    e: \u001b[32m'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\u001b[39m\n  },\n  f: [\n    \u001b[33m0\u001b[39m,\n    \u001b[33m1\u001b[39m,\n    \u001b[33m2\u001b[39m,\n    \u001b[33m3\u001b[39m,\n    \u001b[33m4\u001b[39m,\n    \u001b[33m5\u001b[39m,\n    \u001b[33m6\u001b[39m,\n    \u001b[33m7\u001b[39m,\n    \u001b[33m8\u001b[39m,\n    \u001b[33m9\u001b[39m,\n    \u001b[33m10\u001b[39m,\n    \u001b[33m11\u001b[39m\n  ]\n}", { colors: true, compact: false });
check(Object.assign([3, 1, 2], { b: 1, a: 2 }), "[ 3, 1, 2, a: 2, b: 1 ]", { sorted: true });
check({ aaaaaaaaaaaa: 'x'.repeat(50), bbbbbbbbbbbb: 'y'.repeat(50), c: { d: 'z'.repeat(90) } }, `{ aaaaaaaaaaaa: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  bbbbbbbbbbbb: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
  c:
   { d:
      'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' } }`, { compact: true });
check(new Set(['x'.repeat(40), 'y'.repeat(40)]), `Set(2) {
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }`, { compact: true });
check({ a: { b: { c: { d: { e: {} } } } } }, `{
  a: {
    b: { c: { d: { e: {} } } }
  }
}`, { depth: 10 });
check({ a: [{ b: [{ c: [{ d: 1 }] }] }] }, `{
  a: [
    {
      b: [
        {
          c: [
            { d: 1 }
          ]
        }
      ]
    }
  ]
}`, { depth: 10, compact: 1 });
check({ a: 1, b: 2 }, `{
  a: 1,
  b: 2
}`, { breakLength: 3 });
check({ a: 'x' }, "{ <name:a>: <string:'x'> }", { stylize: (s, t) => `<${t}:${s}>` });
// Legacy signature: inspect(value, showHidden, depth, colors)
check({ a: 1 }, "{ a: 1 }", true);
// inspect.custom
check({ [inspect.custom]() { return 'CUSTOM'; } }, "CUSTOM");
check({ [inspect.custom]() { return { x: 1 }; } }, "{ x: 1 }");
check({ a: { [inspect.custom]() { return 'line1\nline2'; } } }, `{
  a: line1
  line2
}`);
check({ y: 2, [inspect.custom]() { return this; } }, `{
  y: 2,
  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
}`);
check({ a: { b: { [inspect.custom](depth, opts) { return `d=${depth} c=${opts.compact}`; } } } }, "{ a: { b: d=0 c=3 } }");
check({ [inspect.custom](depth, opts) { return opts.stylize('s', 'special') + opts.foo; } }, "\u001b[36ms\u001b[39m1", { colors: true, foo: 1 });
check({ [inspect.custom]() { return 'X'; } }, `{
  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]
}`, { customInspect: false });
check(WithCustom.prototype, "{}");
check(new WithCustom(), "WC");
check({ [inspect.custom](depth, options, inspectFn) { return inspectFn({ z: 1 }); } }, "{ z: 1 }");
check({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'via Symbol.for'; } }, "via Symbol.for");

// inspect.custom is the registered symbol, shared across realms.
assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// The options object handed to custom inspectors.
inspect({ [inspect.custom](depth, options) {
  assert.strictEqual(depth, 2);
  assert.deepStrictEqual(Object.keys(options), [
    'stylize', 'showHidden', 'depth', 'colors', 'customInspect', 'showProxy', 'maxArrayLength',
    'maxStringLength', 'breakLength', 'compact', 'sorted', 'getters', 'numericSeparator',
  ]);
  return '';
} });

// inspect.defaultOptions changes every later call.
const saved = { ...inspect.defaultOptions };
assert.deepStrictEqual(saved, {
  showHidden: false, depth: 2, colors: false, customInspect: true, showProxy: false,
  maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, sorted: false,
  getters: false, numericSeparator: false,
});
inspect.defaultOptions = { depth: 0 };
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: [Object] }');
inspect.defaultOptions = saved;
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
assert.throws(() => { inspect.defaultOptions = null; }, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// Color and style tables.
assert.deepStrictEqual(inspect.colors.red, [31, 39]);
assert.deepStrictEqual(inspect.colors.grey, [90, 39]);
assert.strictEqual(inspect.styles.string, 'green');
assert.strictEqual(Object.getPrototypeOf(inspect.colors), null);
assert.ok(!Object.keys(inspect.colors).includes('grey'));
