'use strict';
// querystring.escape / unescape / unescapeBuffer: Node's table of characters left alone
// (A-Z a-z 0-9 - . _ ~ ! ' ( ) *), UTF-8 for everything else, surrogates joined with the next code
// unit, and an unescape that never throws.
const assert = require('assert');
const qs = require('querystring');

// Every ASCII character.
let ascii = '';
for (let c = 0; c < 128; c++) ascii += String.fromCharCode(c);
const kept = "!'()*-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~";
let expected = '';
for (const ch of ascii) {
  expected += kept.includes(ch) ? ch : `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
assert.strictEqual(qs.escape(ascii), expected);
assert.strictEqual(qs.escape(kept), kept);

assert.strictEqual(qs.escape('5'), '5');
assert.strictEqual(qs.escape('test'), 'test');
assert.strictEqual(qs.escape({}), '%5Bobject%20Object%5D');
assert.strictEqual(qs.escape([5, 10]), '5%2C10');
assert.strictEqual(qs.escape('Ŋōđĕ'), '%C5%8A%C5%8D%C4%91%C4%95');
assert.strictEqual(qs.escape('testŊōđĕ'), 'test%C5%8A%C5%8D%C4%91%C4%95');
assert.strictEqual(qs.escape(`${String.fromCharCode(0xD800 + 1)}test`), '%F0%90%91%B4est');
assert.strictEqual(qs.escape('\ud83d\ude00'), '%F0%9F%98%80');
assert.strictEqual(qs.escape('\u07ff\u0800\uffff'), '%DF%BF%E0%A0%80%EF%BF%BF');
// Any surrogate takes the next code unit along, whatever it is.
assert.strictEqual(qs.escape('\udc00a'), '%F0%90%81%A1');
assert.strictEqual(qs.escape('\ud800\ud800'), '%F0%90%80%80');
assert.throws(() => qs.escape(String.fromCharCode(0xD800 + 1)), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});
// Non-strings: objects through String(), the rest through string concatenation.
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape(null), 'null');
assert.strictEqual(qs.escape(undefined), 'undefined');
assert.strictEqual(qs.escape(10n), '10');
assert.throws(() => qs.escape(Symbol('x')), TypeError);

// unescape: decodeURIComponent, or byte-wise decoding read as UTF-8 when that throws.
assert.strictEqual(qs.unescape('a%20b+c'), 'a b+c');
assert.strictEqual(qs.unescape('%E4%B8%AD'), '中');
assert.strictEqual(qs.unescape('%E4%B8%AD%zz+'), '中%zz+');
assert.strictEqual(qs.unescape('%E4+%ZZ'), '\ufffd+%ZZ');
assert.strictEqual(qs.unescape('%E4+%ZZ', true), '\ufffd %ZZ');
assert.strictEqual(qs.unescape('%E4%B8%AD+', true), '中+');  // decodeURIComponent succeeded
assert.strictEqual(qs.unescape('%'), '%');
assert.strictEqual(qs.unescape('%%41'), '%A');
assert.strictEqual(qs.unescape('%4'), '%4');
assert.strictEqual(qs.unescape('%C3%A9%C3'), '\u00e9\ufffd');

// unescapeBuffer: the bytes, '+' as space only when asked, invalid escapes kept, a '%' in the
// last two positions kept, other characters as their low byte.
const ub = (s, spaces) => Array.from(qs.unescapeBuffer(s, spaces));
assert.ok(Buffer.isBuffer(qs.unescapeBuffer('a')));
assert.deepStrictEqual(ub('a%41%4+%zz%'), [0x61, 0x41, 0x25, 0x34, 0x2b, 0x25, 0x7a, 0x7a, 0x25]);
assert.deepStrictEqual(ub('a%41%4+%zz%', true), [0x61, 0x41, 0x25, 0x34, 0x20, 0x25, 0x7a, 0x7a, 0x25]);
assert.deepStrictEqual(ub('abc\u0100'), [0x61, 0x62, 0x63, 0x00]);
assert.deepStrictEqual(ub(''), []);
assert.deepStrictEqual(ub('%ff%FF%0a'), [0xff, 0xff, 0x0a]);
assert.deepStrictEqual(ub('%%41'), [0x25, 0x41]);
assert.deepStrictEqual(ub('%4%41'), [0x25, 0x34, 0x41]);
assert.strictEqual(qs.unescapeBuffer('a+b%20c').toString(), 'a+b c');
assert.strictEqual(qs.unescapeBuffer('%E4%B8%AD').toString(), '中');

// A replaced unescapeBuffer is what unescape's fallback uses.
const original = qs.unescapeBuffer;
try {
  qs.unescapeBuffer = (s, spaces) => ({ toString: () => `fallback:${s}:${spaces}` });
  assert.strictEqual(qs.unescape('%zz', true), 'fallback:%zz:true');
  assert.strictEqual(qs.unescape('%41'), 'A');
} finally {
  qs.unescapeBuffer = original;
}
