'use strict';
// Encoding labels: the WHATWG names and aliases, matched without regard to ASCII case and with
// surrounding ASCII whitespace ignored; unknown labels throw ERR_ENCODING_NOT_SUPPORTED.

const assert = require('assert');

const name = (label) => new TextDecoder(label).encoding;

for (const label of ['utf-8', 'utf8', 'UTF-8', 'unicode-1-1-utf-8', ' utf-8 ', '\tUTF8\n',
  'Utf-8\f', '\r\nutf-8']) {
  assert.strictEqual(name(label), 'utf-8', JSON.stringify(label));
}
assert.strictEqual(name(), 'utf-8');
assert.strictEqual(name(undefined), 'utf-8');
for (const label of ['utf-16le', 'utf-16', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode',
  'iso-10646-ucs-2', 'unicodefeff']) {
  assert.strictEqual(name(label), 'utf-16le', label);
}
for (const label of ['utf-16be', 'UTF-16BE', 'unicodefffe']) {
  assert.strictEqual(name(label), 'utf-16be', label);
}
for (const label of ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'ISO-8859-1', 'iso8859-1',
  'windows-1252', 'cp1252', 'l1', 'x-cp1252', 'ansi_x3.4-1968', 'cp819', 'ibm819']) {
  assert.strictEqual(name(label), 'windows-1252', label);
}
// The label is converted to a string.
assert.strictEqual(name({ toString() { return 'utf-16'; } }), 'utf-16le');

const notSupported = (label) => ({
  name: 'RangeError',
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  message: `The "${label}" encoding is not supported`,
});
for (const label of ['xyz', 'utf-7', 'replacement', 'x-user-defined', 'utf-32',
  'utf-8\u00a0', '\u00a0utf-8', 'utf\u20108', '']) {
  assert.throws(() => new TextDecoder(label), notSupported(label), JSON.stringify(label));
}
assert.throws(() => new TextDecoder(null), notSupported('null'));
assert.throws(() => new TextDecoder(Symbol('s')), TypeError);
