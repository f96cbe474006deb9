'use strict';
// util.inspect of primitives: numbers (-0, NaN, numericSeparator), bigints, strings (quote choice, escapes, long strings), symbols.
// Expected strings recorded from Node v20's util.inspect.

const assert = require('assert');
const { inspect } = require('util');

function check(value, expected, options) {
  assert.strictEqual(options === undefined ? inspect(value) : inspect(value, options), expected);
}

check(0, "0");
check(-0, "-0");
check(1.5, "1.5");
check(-42, "-42");
check(NaN, "NaN");
check(Infinity, "Infinity");
check(-Infinity, "-Infinity");
check(1e21, "1e+21");
check(1e-7, "1e-7");
check(0.1 + 0.2, "0.30000000000000004");
check(1n, "1n");
check(-123456789012345678901234567890n, "-123456789012345678901234567890n");
check(true, "true");
check(false, "false");
check(undefined, "undefined");
check(null, "null");
// Strings: single quotes unless the string contains one, then double quotes, then backticks.
check('', "''");
check('abc', "'abc'");
check("it's", "\"it's\"");
check('say "hi"', "'say \"hi\"'");
check('it\'s "x"', "`it's \"x\"`");
check('it\'s "x" `y`', "'it\\'s \"x\" `y`'");
check('it\'s "x" ${y}', "'it\\'s \"x\" ${y}'");
check('a\nb', "'a\\nb'");
check('tab\there', "'tab\\there'");
check('\x00\x01\x1b\x7f\x85\x9f', "'\\x00\\x01\\x1B\\x7F\\x85\\x9F'");
check('back\\slash', "'back\\\\slash'");
check('\b\f\r\v', "'\\b\\f\\r\\x0B'");
check('lone \ud800 surrogate', "'lone \\ud800 surrogate'");
check('\udc00x', "'\\udc00x'");
check('pair \ud83d\ude00', "'pair 😀'");
check('ünïcödé', "'ünïcödé'");
check('x'.repeat(120), "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'");
check('\''.repeat(120) + '\n', "\"''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''\\n\"");
check('line one of the text\nline two of the text\nline three of the text, long enough to split\n', "'line one of the text\\n' +\n  'line two of the text\\n' +\n  'line three of the text, long enough to split\\n'");
check('abcdefghij', "'abcd'... 6 more characters", { maxStringLength: 4 });
check('abcdefghij', "'abcdefghi'... 1 more character", { maxStringLength: 9 });
check('abc', "''... 3 more characters", { maxStringLength: 0 });
check('abc', "'abc'", { maxStringLength: null });
// Symbols
check(Symbol(), "Symbol()");
check(Symbol('desc'), "Symbol(desc)");
check(Symbol.iterator, "Symbol(Symbol.iterator)");
check(Symbol('with\nnewline'), `Symbol(with
newline)`);
check(Symbol.for('registered'), "Symbol(registered)");
// Numeric separators
check([1234567, 1234.5678, -1234567.891, 0.0001, 123, 1000, -0], "[ 1_234_567, 1_234.567_8, -1_234_567.891, 0.000_1, 123, 1_000, 0 ]", { numericSeparator: true });
check([12345678901234567890n, -123456n, 999n], "[ 12_345_678_901_234_567_890n, -123_456n, 999n ]", { numericSeparator: true });
check([NaN, Infinity, 1e21], "[ NaN, Infinity, 1e+21 ]", { numericSeparator: true });
// Colors
check([1, -0, 1n, true, undefined, null, 's', Symbol('y')], "[ \u001b[33m1\u001b[39m, \u001b[33m-0\u001b[39m, \u001b[33m1n\u001b[39m, \u001b[33mtrue\u001b[39m, \u001b[90mundefined\u001b[39m, \u001b[1mnull\u001b[22m, \u001b[32m's'\u001b[39m, \u001b[32mSymbol(y)\u001b[39m ]", { colors: true });
