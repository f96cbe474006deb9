'use strict';
// toASCII / toUnicode label by label (with RFC 3490's full stops and e-mail addresses), and the
// ucs2 helpers.
const assert = require('assert');
process.noDeprecation = true;
const punycode = require('punycode');

const domains = [
  ['ma\u00f1ana.com', 'xn--maana-pta.com'],
  ['example.com', 'example.com'],
  ['b\u00fccher.example', 'xn--bcher-kva.example'],
  ['\u4e2d\u6587.\u4e2d\u56fd', 'xn--fiq228c.xn--fiqs8s'],
  ['\u2603-\u2318.com', 'xn----dqo34k.com'],
  ['\ud83d\udca9.la', 'xn--ls8h.la'],
  ['', ''],
  ['.', '.'],
  ['a..b', 'a..b'],
];
for (const [unicode, ascii] of domains) {
  assert.strictEqual(punycode.toASCII(unicode), ascii, unicode);
  assert.strictEqual(punycode.toUnicode(ascii), unicode, ascii);
}

// The other full stops become '.'.
assert.strictEqual(punycode.toASCII('\u00e9\u3002b\uff0ec\uff61d'), 'xn--9ca.b.c.d');
assert.strictEqual(punycode.toUnicode('a\u3002xn--9ca'), 'a.\u00e9');

// E-mail addresses: only the domain is converted; text after a second '@' is dropped.
assert.strictEqual(punycode.toASCII('j\u00fcrgen@b\u00fccher.de'), 'j\u00fcrgen@xn--bcher-kva.de');
assert.strictEqual(punycode.toUnicode('user@xn--bcher-kva.de'), 'user@b\u00fccher.de');
assert.strictEqual(punycode.toASCII('a@b@c.\u00e9'), 'a@b');

// Only labels starting with lower-case 'xn--' are decoded; the rest is lower-cased first.
assert.strictEqual(punycode.toUnicode('XN--9CA.xn--9CA'), 'XN--9CA.\u00e9');
// ASCII (including DEL) is left alone by toASCII; so is mixed-case ASCII.
assert.strictEqual(punycode.toASCII('ABC.de\u007f'), 'ABC.de\u007f');
assert.strictEqual(punycode.toASCII('\u0080'), 'xn--a');
// Invalid Punycode in a label throws.
assert.throws(() => punycode.toUnicode('xn--a-\u00e9.com'), { name: 'RangeError' });

// ucs2.
assert.deepStrictEqual(punycode.ucs2.decode('abc'), [0x61, 0x62, 0x63]);
assert.deepStrictEqual(punycode.ucs2.decode('\ud834\udf06'), [0x1D306]);
assert.deepStrictEqual(punycode.ucs2.decode('\ud800a\ud83d\ude00'), [0xD800, 0x61, 0x1F600]);
assert.deepStrictEqual(punycode.ucs2.decode('\ud800\ud800\udc00'), [0xD800, 0x10000]);
assert.deepStrictEqual(punycode.ucs2.decode('\udc00\ud800'), [0xDC00, 0xD800]);
assert.deepStrictEqual(punycode.ucs2.decode(''), []);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1D306, 0xD800]), 'a\ud834\udf06\ud800');
assert.strictEqual(punycode.ucs2.encode([]), '');
const many = Array.from({ length: 5000 }, (_, i) => 0x61 + (i % 26));
assert.strictEqual(punycode.ucs2.encode(many).length, 5000);
