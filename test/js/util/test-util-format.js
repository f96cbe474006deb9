'use strict';
// util.format and util.formatWithOptions: every placeholder, extra arguments, escapes.
// Expected strings recorded from Node v20.

const assert = require('assert');
const util = require('util');

const circular = { name: 'c' };
circular.self = circular;
class WithToString {
  toString() { return 'custom toString'; }
}
class Plain {
  constructor() { this.p = 1; }
}

assert.strictEqual(util.format(), "");
assert.strictEqual(util.format('no placeholders'), "no placeholders");
assert.strictEqual(util.format('%s'), "%s");
assert.strictEqual(util.format('%s', 'x'), "x");
assert.strictEqual(util.format('%s %s', 'only one'), "only one %s");
assert.strictEqual(util.format('%s', 1, 2), "1 2");
assert.strictEqual(util.format('%s', -0), "-0");
assert.strictEqual(util.format('%s', 12n), "12n");
assert.strictEqual(util.format('%s', null), "null");
assert.strictEqual(util.format('%s', undefined), "undefined");
assert.strictEqual(util.format('%s', Symbol('sym')), "Symbol(sym)");
assert.strictEqual(util.format('%s', 'str'), "str");
assert.strictEqual(util.format('%s', () => 1), "() => 1");
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }), "{ a: [Object] }");
assert.strictEqual(util.format('%s', [1, [2, [3]]]), "[ 1, [Array] ]");
assert.strictEqual(util.format('%s', new WithToString()), "custom toString");
assert.strictEqual(util.format('%s', new Plain()), "Plain { p: 1 }");
assert.strictEqual(util.format('%s', Object.create(null)), "[Object: null prototype] {}");
assert.strictEqual(util.format('%s', { toString() { return 'own'; } }), "own");
assert.strictEqual(util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }), "prim");
assert.strictEqual(util.format('%s', new Map([[1, 2]])), "Map(1) { 1 => 2 }");
assert.strictEqual(util.format('%s', new Date(0)), "1970-01-01T00:00:00.000Z");
assert.strictEqual(util.format('%s', Object.assign(new Error('e'), { stack: 'Error: e\n    at f (/a.js:1:1)' })), `Error: e
    at f (/a.js:1:1)`);
assert.strictEqual(util.format('%d', '42'), "42");
assert.strictEqual(util.format('%d', 42n), "42n");
assert.strictEqual(util.format('%d', Symbol('s')), "NaN");
assert.strictEqual(util.format('%d', {}), "NaN");
assert.strictEqual(util.format('%d', ''), "0");
assert.strictEqual(util.format('%d', '0x10'), "16");
assert.strictEqual(util.format('%d', -0), "-0");
assert.strictEqual(util.format('%d', 1.5), "1.5");
assert.strictEqual(util.format('%i', '42.9'), "42");
assert.strictEqual(util.format('%i', 3n), "3n");
assert.strictEqual(util.format('%i', Symbol('s')), "NaN");
assert.strictEqual(util.format('%i', '0x10'), "16");
assert.strictEqual(util.format('%i', -1.9), "-1");
assert.strictEqual(util.format('%f', '1.5x'), "1.5");
assert.strictEqual(util.format('%f', Symbol('s')), "NaN");
assert.strictEqual(util.format('%f', '1e3'), "1000");
assert.strictEqual(util.format('%f', 2n), "2");
assert.strictEqual(util.format('%j', { a: [1, 'b'] }), "{\"a\":[1,\"b\"]}");
assert.strictEqual(util.format('%j', circular), "[Circular]");
assert.strictEqual(util.format('%j', undefined), "undefined");
assert.strictEqual(util.format('%j', 'str'), "\"str\"");
assert.strictEqual(util.format('%o', { a: [1, 2, { b: 1 }] }), "{ a: [ 1, 2, { b: 1 }, [length]: 3 ] }");
assert.strictEqual(util.format('%o', [1, 2]), "[ 1, 2, [length]: 2 ]");
assert.strictEqual(util.format('%O', { a: { b: { c: { d: 1 } } } }), "{ a: { b: { c: [Object] } } }");
assert.strictEqual(util.format('%O', 'str'), "'str'");
assert.strictEqual(util.format('%o', 'str'), "'str'");
assert.strictEqual(util.format('%c styled', 'color: red'), " styled");
assert.strictEqual(util.format('a%cb', 'css', 'c'), "ab c");
assert.strictEqual(util.format('%%'), "%%");
assert.strictEqual(util.format('%%', 1), "% 1");
assert.strictEqual(util.format('%% %s', 'x'), "% x");
assert.strictEqual(util.format('100%'), "100%");
assert.strictEqual(util.format('100%', 1), "100% 1");
assert.strictEqual(util.format('%x', 1), "%x 1");
assert.strictEqual(util.format('%', 1), "% 1");
assert.strictEqual(util.format('%s%', 'a'), "a%");
assert.strictEqual(util.format('%s:%s', 'a'), "a:%s");
assert.strictEqual(util.format('%d%d', 1, 2), "12");
assert.strictEqual(util.format('%s', 'a', { b: 1 }, 'c'), "a { b: 1 } c");
assert.strictEqual(util.format(1, 2, 'three'), "1 2 three");
assert.strictEqual(util.format({ a: 1 }, 'b'), "{ a: 1 } b");
assert.strictEqual(util.format('a', 'b', 'c'), "a b c");
assert.strictEqual(util.format('%s'.repeat(3), 1), "1%s%s");
assert.strictEqual(util.format('%', '%'), "% %");
assert.strictEqual(util.format('%s %%s %s', 'a', 'b'), "a %s b");

// formatWithOptions passes the options to every inspect call.
assert.strictEqual(util.formatWithOptions({ colors: true }, 'x', 1, { a: 'b' }),
                   "x \u001b[33m1\u001b[39m { a: \u001b[32m'b'\u001b[39m }");
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %i %s', 12345, 123456, 1234567),
                   "12_345 123_456 1_234_567");
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), "{ a: [Object] }");
assert.strictEqual(util.formatWithOptions([], 'a', 1), 'a 1');
for (const bad of [null, 1, 'x', undefined]) {
  assert.throws(() => util.formatWithOptions(bad, 'x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
