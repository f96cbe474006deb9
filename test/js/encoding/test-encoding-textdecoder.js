'use strict';
// TextDecoder.decode: UTF-8, UTF-16LE/BE and windows-1252 ('latin1'), from every kind of buffer
// (ArrayBuffer, SharedArrayBuffer, typed arrays and DataViews at an offset); the attributes and
// util.inspect output are Node's.

const assert = require('assert');
const util = require('util');

const u8 = (...bytes) => new Uint8Array(bytes);

const decoder = new TextDecoder();
assert.strictEqual(decoder.encoding, 'utf-8');
assert.strictEqual(decoder.fatal, false);
assert.strictEqual(decoder.ignoreBOM, false);
assert.strictEqual(Object.prototype.toString.call(decoder), '[object TextDecoder]');

assert.strictEqual(decoder.decode(), '');
assert.strictEqual(decoder.decode(undefined), '');
assert.strictEqual(decoder.decode(u8()), '');
assert.strictEqual(decoder.decode(u8(0x61, 0x62, 0x63)), 'abc');
assert.strictEqual(decoder.decode(u8(0x00)), '\0');
assert.strictEqual(decoder.decode(u8(0xc3, 0xa9)), '\u00e9');
assert.strictEqual(decoder.decode(u8(0xe2, 0x82, 0xac)), '\u20ac');
assert.strictEqual(decoder.decode(u8(0xf0, 0x9f, 0x98, 0x80)), '\u{1f600}');
assert.strictEqual(decoder.decode(u8(0xf4, 0x8f, 0xbf, 0xbf)), '\u{10ffff}');

// Round trips of long texts: ASCII, Latin-1, BMP, astral.
for (const text of [
  'plain ascii text '.repeat(10000),
  'caf\u00e9 na\u00efve '.repeat(10000),
  '\u4f60\u597d\u4e16\u754c'.repeat(10000),
  'a\u00e9\u20ac\u{1f600}'.repeat(10000),
  'x'.repeat(100) + '\u00e9',
]) {
  assert.strictEqual(decoder.decode(new TextEncoder().encode(text)), text);
}

// Input kinds.
const buffer = new TextEncoder().encode('hello').buffer;
assert.strictEqual(decoder.decode(buffer), 'hello');
assert.strictEqual(decoder.decode(new DataView(buffer, 1, 3)), 'ell');
assert.strictEqual(decoder.decode(new Uint8Array(buffer, 2)), 'llo');
assert.strictEqual(decoder.decode(new Uint8Array(buffer).subarray(1, 2)), 'e');
assert.strictEqual(decoder.decode(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(decoder.decode(new Int8Array([0x61, -0x3d, -0x57])), 'a\u00e9');
assert.strictEqual(decoder.decode(new SharedArrayBuffer(2)), '\0\0');
{
  const shared = new Uint8Array(new SharedArrayBuffer(3));
  shared.set([0x61, 0x62, 0x63]);
  assert.strictEqual(decoder.decode(shared), 'abc');
}
{
  // A large typed array at an offset into its buffer.
  const big = new Uint8Array(100000).fill(0x61);
  big[50000] = 0x62;
  assert.strictEqual(decoder.decode(big.subarray(49999, 50002)), 'aba');
}

// UTF-16.
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x61, 0, 0xac, 0x20)), 'a\u20ac');
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x3d, 0xd8, 0x00, 0xde)), '\u{1f600}');
assert.strictEqual(new TextDecoder('utf-16be').decode(u8(0, 0x61, 0x20, 0xac)), 'a\u20ac');
assert.strictEqual(new TextDecoder('utf-16be').decode(u8(0xd8, 0x3d, 0xde, 0x00)), '\u{1f600}');
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint16Array([0x48, 0x69])), 'Hi');
// Lone surrogates and a trailing odd byte become U+FFFD.
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x00, 0xd8, 0x61, 0x00)), '\ufffda');
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x00, 0xdc, 0x61, 0x00)), '\ufffda');
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x61, 0x00, 0x62)), 'a\ufffd');
assert.strictEqual(new TextDecoder('utf-16le').decode(u8(0x00)), '\ufffd');

// windows-1252, which the labels 'latin1', 'ascii' and 'iso-8859-1' name. (Bytes 0x80-0x9F are
// left out: Node v20 decodes them as ISO-8859-1, tide as the Encoding Standard says.)
{
  const latin1 = new TextDecoder('latin1');
  assert.strictEqual(latin1.encoding, 'windows-1252');
  assert.strictEqual(latin1.decode(u8(0x41, 0xa0, 0xe9, 0xff)), 'A\u00a0\u00e9\u00ff');
  assert.strictEqual(latin1.decode(u8(0xef, 0xbb, 0xbf, 0x41)), '\u00ef\u00bb\u00bfA');
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const text = latin1.decode(all.subarray(0xa0));
  for (let i = 0; i < text.length; i++) assert.strictEqual(text.charCodeAt(i), 0xa0 + i);
}

// Attributes are accessors on the prototype, in Node's order.
assert.deepStrictEqual(Object.getOwnPropertyNames(TextDecoder.prototype),
                       ['constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.deepStrictEqual(Object.getOwnPropertyNames(TextEncoder.prototype),
                       ['constructor', 'encoding', 'encode', 'encodeInto']);
assert.deepStrictEqual(Object.keys(new TextDecoder()), []);
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
}
{
  const desc = Object.getOwnPropertyDescriptor(TextDecoder.prototype, Symbol.toStringTag);
  assert.deepStrictEqual(desc, {
    value: 'TextDecoder', writable: false, enumerable: false, configurable: true,
  });
}
const fatal = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.ignoreBOM, true);
// Options are read for truthiness.
assert.strictEqual(new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).fatal, true);
assert.strictEqual(new TextDecoder('utf-8', null).fatal, false);

// util.inspect, as in Node v20.
assert.strictEqual(util.inspect(decoder),
                   "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder('latin1', { ignoreBOM: true })),
                   "TextDecoder { encoding: 'windows-1252', fatal: false, ignoreBOM: true }");
assert.strictEqual(util.inspect([decoder], { depth: -1 }), '[Array]');
assert.strictEqual(util.inspect({ a: [decoder] }, { depth: 1 }), '{ a: [ [TextDecoder] ] }');
{
  class MyDecoder extends TextDecoder {}
  assert.strictEqual(util.inspect(new MyDecoder()),
                     "MyDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
}
