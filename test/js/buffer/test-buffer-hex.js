'use strict';
// hex: lower-case encoding; decoding stops at the first pair that is not two hex digits and drops
// an odd last digit.
const assert = require('assert');

assert.strictEqual(Buffer.from([0, 15, 16, 255]).toString('hex'), '000f10ff');
assert.deepStrictEqual([...Buffer.from('000F10fF', 'hex')], [0, 15, 16, 255]);
assert.deepStrictEqual([...Buffer.from('abc', 'hex')], [0xab]);
assert.deepStrictEqual([...Buffer.from('abzz12', 'hex')], [0xab]);
assert.deepStrictEqual([...Buffer.from('zz', 'hex')], []);
assert.deepStrictEqual([...Buffer.from('a', 'hex')], []);
assert.deepStrictEqual([...Buffer.from('1 23', 'hex')], []);
assert.strictEqual(Buffer.byteLength('abcde', 'hex'), 2);
assert.strictEqual(Buffer.from('41', 'HEX').toString(), 'A');

const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('0102zz', 'hex'), 2);
assert.strictEqual(buf.toString('hex'), '01020000');
assert.strictEqual(buf.write('ffff', 3, 'hex'), 1);
assert.strictEqual(buf.toString('hex'), '010200ff');
assert.strictEqual(buf.toString('hex', 1, 3), '0200');
assert.strictEqual(buf.hexSlice(0, 1), '01');
