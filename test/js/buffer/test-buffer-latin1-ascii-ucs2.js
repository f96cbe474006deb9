'use strict';
// latin1/binary, ascii and utf16le/ucs2: encoding and decoding, and byteLength.
const assert = require('assert');

// latin1 keeps the low byte of each character.
assert.deepStrictEqual([...Buffer.from('aé\u0100\u20ac', 'latin1')], [0x61, 0xe9, 0x00, 0xac]);
assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff]).toString('latin1'), 'aé\xff');
assert.strictEqual(Buffer.from([0x61, 0xe9]).toString('binary'), 'aé');
assert.strictEqual(Buffer.byteLength('aé€', 'latin1'), 3);

// ascii writes like latin1 and decodes with the high bit cleared.
assert.deepStrictEqual([...Buffer.from('aé', 'ascii')], [0x61, 0xe9]);
assert.strictEqual(Buffer.from([0x61, 0xe9, 0xff, 0x80]).toString('ascii'), 'ai\x7f\x00');

// utf16le / ucs2: two bytes per unit, little-endian; an odd last byte is dropped.
assert.strictEqual(Buffer.from('a€😀', 'utf16le').toString('hex'), '6100ac203dd800de');
assert.strictEqual(Buffer.from('ab', 'ucs2').toString('hex'), '61006200');
assert.strictEqual(Buffer.from('ab', 'UCS-2').toString('hex'), '61006200');
assert.strictEqual(Buffer.from('6100ac2062', 'hex').toString('utf16le'), 'a€');
assert.strictEqual(Buffer.byteLength('a€😀', 'utf16le'), 8);
// At an odd offset too.
const buf = Buffer.alloc(5);
assert.strictEqual(buf.write('ab', 1, 'utf16le'), 4);
assert.strictEqual(buf.toString('utf16le', 1), 'ab');
assert.strictEqual(Buffer.alloc(3).write('abc', 'utf16le'), 2);

for (const enc of ['latin1', 'binary', 'ascii', 'utf16le', 'ucs2', 'utf-16le', 'LATIN1', 'Ascii']) {
  assert.strictEqual(Buffer.from('hello', enc).toString(enc), 'hello');
}
