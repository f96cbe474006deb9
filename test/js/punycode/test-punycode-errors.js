'use strict';
// punycode.decode's RangeErrors (punycode.js 2.1.0's messages), and the API's shape.
const assert = require('assert');
process.noDeprecation = true;
const punycode = require('punycode');

assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.deepStrictEqual(Object.keys(punycode.ucs2), ['decode', 'encode']);
assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(require('node:punycode'), punycode);

const invalidInput = { name: 'RangeError', message: 'Invalid input' };
const overflow = { name: 'RangeError', message: 'Overflow: input needs wider integers to process' };
const notBasic = { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' };

// A delimiter at position 0 starts no basic part, so it is read as a (non-)digit.
assert.throws(() => punycode.decode('-'), invalidInput);
assert.throws(() => punycode.decode('ab-!'), invalidInput);       // '!' is not a digit
assert.throws(() => punycode.decode('a-\u00e9'), invalidInput);   // non-ASCII after the delimiter
assert.throws(() => punycode.decode('\u0000'), invalidInput);
assert.throws(() => punycode.decode('zz'), invalidInput);         // integer left unfinished
assert.throws(() => punycode.decode('\u00e9-abc'), notBasic);
assert.throws(() => punycode.decode('99999999999'), overflow);
assert.throws(() => punycode.decode('9999999999a'), overflow);
assert.strictEqual(punycode.decode('a-'), 'a');
assert.strictEqual(punycode.decode('--'), '-');
assert.strictEqual(punycode.decode('A'), '\u0080');
// A decoded value beyond U+10FFFF is not a code point.
assert.throws(() => punycode.decode('zzzzzzzzzzzzzzzzzzzzz9'), RangeError);

// Not a string.
assert.throws(() => punycode.decode(5), TypeError);
assert.throws(() => punycode.toASCII(5), TypeError);
assert.throws(() => punycode.toUnicode(null), TypeError);

// ucs2.encode rejects what is not a code point.
assert.throws(() => punycode.ucs2.encode([0x110000]), RangeError);
assert.throws(() => punycode.ucs2.encode([-1]), RangeError);
assert.throws(() => punycode.ucs2.encode([1.5]), RangeError);
