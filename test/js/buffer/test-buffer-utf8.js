'use strict';
// UTF-8: encoding (lone surrogates become U+FFFD), decoding (one U+FFFD per maximal bad subpart),
// byteLength, and writes that never split a character.
const assert = require('assert');

assert.strictEqual(Buffer.from('héllo €😀').toString('hex'), '68c3a96c6c6f20e282acf09f9880');
assert.strictEqual(Buffer.from('\ud800').toString('hex'), 'efbfbd');
assert.strictEqual(Buffer.from('a\udc00b').toString('hex'), '61efbfbd62');
assert.strictEqual(Buffer.from('\ud83d\ude00').toString(), '😀');
assert.strictEqual(Buffer.byteLength('héllo €😀'), 14);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'utf-8'), 3);

const decode = (hex) => Buffer.from(hex, 'hex').toString('utf8');
assert.strictEqual(decode('ff'), '\ufffd');
assert.strictEqual(decode('c3'), '\ufffd');
assert.strictEqual(decode('e282'), '\ufffd');
assert.strictEqual(decode('e28241'), '\ufffdA');
assert.strictEqual(decode('f09f98'), '\ufffd');
assert.strictEqual(decode('eda080'), '\ufffd\ufffd\ufffd');  // an encoded surrogate
assert.strictEqual(decode('c080'), '\ufffd\ufffd');  // overlong
assert.strictEqual(decode('f4908080'), '\ufffd\ufffd\ufffd\ufffd');  // above U+10FFFF
assert.strictEqual(decode('41ff42'), 'A\ufffdB');

// A write stops before a character that does not fit whole.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('a€'), 4);
assert.strictEqual(buf.write('ab€'), 2);
assert.strictEqual(buf.toString('hex'), '616282ac');
assert.strictEqual(Buffer.alloc(2).write('😀'), 0);

// A long mixed string round-trips.
const long = 'aé€😀'.repeat(10000);
assert.strictEqual(Buffer.from(long).toString(), long);
assert.strictEqual(Buffer.from(long).length, Buffer.byteLength(long));
