'use strict';
// util.stripVTControlCharacters, util.toUSVString, util.styleText and the small legacy helpers.

const assert = require('assert');
const util = require('util');

// ANSI escape sequences: colors, cursor movement, OSC hyperlinks.
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;2;3Hmoved'), 'moved');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('\u009b31mcsi'), 'csi');
assert.strictEqual(util.stripVTControlCharacters('plain'), 'plain');
assert.strictEqual(util.stripVTControlCharacters(util.inspect({ a: [1] }, { colors: true })),
                   '{ a: [ 1 ] }');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Lone surrogates become U+FFFD; pairs are kept.
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('\udc00\ud83d\ude00\ud83d'), '\ufffd\ud83d\ude00\ufffd');
assert.strictEqual(util.toUSVString(12), '12');

// styleText: validateStream false always styles; several styles nest.
assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'underline'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[4mx\u001b[24m\u001b[22m');
assert.throws(() => util.styleText('no-such-style', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 5), { code: 'ERR_INVALID_ARG_TYPE' });

// Legacy type checks.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol.iterator), true);
assert.strictEqual(util.isUndefined(null), false);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject([]), true);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isPrimitive(Symbol()), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isError({ name: 'Error', message: '' }), false);
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });

// Re-exports.
assert.strictEqual(util.TextEncoder, globalThis.TextEncoder);
assert.strictEqual(util.TextDecoder, globalThis.TextDecoder);
assert.strictEqual(typeof util.types.isDate, 'function');
assert.strictEqual(require('util'), require('node:util'));
