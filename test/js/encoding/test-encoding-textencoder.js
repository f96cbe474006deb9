'use strict';
// TextEncoder.encode: UTF-8 bytes for ASCII, Latin-1, BMP and astral text; lone surrogates become
// U+FFFD (EF BF BD); the argument is converted to a string; the encoding is always 'utf-8'.

const assert = require('assert');
const util = require('util');

const encoder = new TextEncoder();
const bytes = (u8) => Array.from(u8);

assert.strictEqual(encoder.encoding, 'utf-8');
assert.strictEqual(Object.prototype.toString.call(encoder), '[object TextEncoder]');

assert.ok(encoder.encode('abc') instanceof Uint8Array);
assert.deepStrictEqual(bytes(encoder.encode('abc')), [0x61, 0x62, 0x63]);
assert.deepStrictEqual(bytes(encoder.encode('')), []);
assert.deepStrictEqual(bytes(encoder.encode()), []);
assert.deepStrictEqual(bytes(encoder.encode(undefined)), []);
assert.deepStrictEqual(bytes(encoder.encode(null)), [0x6e, 0x75, 0x6c, 0x6c]);
assert.deepStrictEqual(bytes(encoder.encode(12)), [0x31, 0x32]);
assert.deepStrictEqual(bytes(encoder.encode({ toString() { return 'x'; } })), [0x78]);

// One to four bytes per code point.
assert.deepStrictEqual(bytes(encoder.encode('\u00e9')), [0xc3, 0xa9]);
assert.deepStrictEqual(bytes(encoder.encode('\u00ff\u0080')), [0xc3, 0xbf, 0xc2, 0x80]);
assert.deepStrictEqual(bytes(encoder.encode('\u20ac')), [0xe2, 0x82, 0xac]);
assert.deepStrictEqual(bytes(encoder.encode('\uffff')), [0xef, 0xbf, 0xbf]);
assert.deepStrictEqual(bytes(encoder.encode('\u{1f600}')), [0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual(bytes(encoder.encode('\u{10ffff}')), [0xf4, 0x8f, 0xbf, 0xbf]);
assert.deepStrictEqual(bytes(encoder.encode('\0')), [0]);

// Lone surrogates.
assert.deepStrictEqual(bytes(encoder.encode('\ud800')), [0xef, 0xbf, 0xbd]);
assert.deepStrictEqual(bytes(encoder.encode('a\udc00b')), [0x61, 0xef, 0xbf, 0xbd, 0x62]);
assert.deepStrictEqual(bytes(encoder.encode('\ude00\ud83d')),
                       [0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);

// Long strings: ASCII, Latin-1 (one-byte strings with bytes >= 0x80) and two-byte strings,
// checked against a decoder round trip and against the expected length.
const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(5000);
assert.strictEqual(encoder.encode(ascii).length, ascii.length);
const latin1 = 'caf\u00e9 cr\u00e8me br\u00fbl\u00e9e '.repeat(5000);
const latin1Bytes = encoder.encode(latin1);
assert.strictEqual(latin1Bytes.length, latin1.length + 4 * 5000);
assert.strictEqual(new TextDecoder().decode(latin1Bytes), latin1);
const mixed = 'a\u00e9\u20ac\u{1f600}z'.repeat(5000);
const mixedBytes = encoder.encode(mixed);
assert.strictEqual(mixedBytes.length, (1 + 2 + 3 + 4 + 1) * 5000);
assert.strictEqual(new TextDecoder().decode(mixedBytes), mixed);

// Each call returns a fresh array of its own.
const a = encoder.encode('same');
const b = encoder.encode('same');
assert.notStrictEqual(a.buffer, b.buffer);

// util.inspect, as in Node v20.
assert.strictEqual(util.inspect(encoder), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect({ a: { b: encoder } }, { depth: 0 }), '{ a: [Object] }');
