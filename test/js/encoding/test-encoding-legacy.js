'use strict';
// The Encoding Standard's legacy encodings (through ICU, as in Node): single-byte code pages and
// the CJK multi-byte encodings, with streaming (a character cut between chunks, ISO-2022-JP's
// shift state), U+FFFD for errors, and { fatal: true }.

const assert = require('assert');

const u8 = (bytes) => new Uint8Array(bytes);
const decode = (label, bytes, options) => new TextDecoder(label, options).decode(u8(bytes));

// Single-byte encodings.
assert.strictEqual(decode('windows-1251', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), '\u041f\u0440\u0438\u0432\u0435\u0442');
assert.strictEqual(decode('koi8-r', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]), '\u041f\u0440\u0438\u0432\u0435\u0442');
assert.strictEqual(decode('iso-8859-2', [0x41, 0xb1, 0xe6, 0xea]), 'A\u0105\u0107\u0119');
assert.strictEqual(decode('latin2', [0xb1]), '\u0105');
assert.strictEqual(decode('iso-8859-15', [0xa4]), '\u20ac');
assert.strictEqual(decode('iso-8859-7', [0xe1, 0xe2, 0xe3]), '\u03b1\u03b2\u03b3');
assert.strictEqual(decode('windows-1250', [0x8a]), '\u0160');
assert.strictEqual(decode('ibm866', [0x80]), '\u0410');
assert.strictEqual(decode('macintosh', [0x80]), '\u00c4');
assert.strictEqual(new TextDecoder('cp1251').encoding, 'windows-1251');
assert.strictEqual(new TextDecoder('ISO_8859-2').encoding, 'iso-8859-2');

// CJK.
assert.strictEqual(decode('shift_jis', [0x82, 0xa0, 0x82, 0xa2, 0x93, 0xfa, 0x96, 0x7b]), '\u3042\u3044\u65e5\u672c');
assert.strictEqual(decode('sjis', [0x41, 0xb1]), 'A\uff71');
assert.strictEqual(decode('euc-jp', [0xc6, 0xfc, 0xcb, 0xdc]), '\u65e5\u672c');
assert.strictEqual(decode('gbk', [0xc4, 0xe3, 0xba, 0xc3]), '\u4f60\u597d');
assert.strictEqual(decode('gb2312', [0xc4, 0xe3]), '\u4f60');
assert.strictEqual(decode('gb18030', [0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30]), '\u4f60\u0080');
assert.strictEqual(decode('gb18030', [0x80]), '\u20ac');
assert.strictEqual(decode('big5', [0xa4, 0x40, 0xa4, 0x41]), '\u4e00\u4e59');
assert.strictEqual(decode('euc-kr', [0xc7, 0xd1, 0xb1, 0xdb]), '\ud55c\uae00');
assert.strictEqual(decode('iso-2022-jp', [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x41]),
                   '\u65e5\u672cA');

// Errors become U+FFFD...
assert.strictEqual(decode('shift_jis', [0x81]), '\ufffd');
assert.strictEqual(decode('shift_jis', [0x41, 0x82]), 'A\ufffd');
assert.strictEqual(decode('euc-kr', [0xc7]), '\ufffd');
// ...or throw with { fatal: true }.
for (const [label, bytes] of [['shift_jis', [0x81]], ['euc-kr', [0xc7]], ['big5', [0xa4]],
  ['gbk', [0xc4]]]) {
  assert.throws(() => decode(label, bytes, { fatal: true }), {
    name: 'TypeError',
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  }, label);
}
assert.strictEqual(decode('shift_jis', [0x82, 0xa0], { fatal: true }), '\u3042');
{
  const decoder = new TextDecoder('shift_jis', { fatal: true });
  assert.strictEqual(decoder.fatal, true);
  assert.throws(() => decoder.decode(u8([0x82])), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  assert.strictEqual(decoder.decode(u8([0x82, 0xa0])), '\u3042', 'usable after an error');
}

// Streaming: a two-byte character split between chunks.
{
  const decoder = new TextDecoder('shift_jis');
  assert.strictEqual(decoder.decode(u8([0x41, 0x82]), { stream: true }), 'A');
  assert.strictEqual(decoder.decode(u8([0xa0, 0x42]), { stream: true }), '\u3042B');
  assert.strictEqual(decoder.decode(u8([0x82]), { stream: true }), '');
  assert.strictEqual(decoder.decode(), '\ufffd');
  assert.strictEqual(decoder.decode(u8([0x82, 0xa2])), '\u3044', 'a new stream');
}
// ISO-2022-JP's shift state carries across chunks.
{
  const decoder = new TextDecoder('iso-2022-jp');
  const bytes = [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x41];
  let out = '';
  for (const byte of bytes) out += decoder.decode(u8([byte]), { stream: true });
  out += decoder.decode();
  assert.strictEqual(out, '\u65e5\u672cA');
}

// Large input.
{
  const bytes = [];
  for (let i = 0; i < 50000; i++) bytes.push(0x82, 0xa0, 0x41);
  const text = decode('shift_jis', bytes);
  assert.strictEqual(text.length, 100000);
  assert.strictEqual(text, '\u3042A'.repeat(50000));
}

// The names the standard gives but neither Node nor tide supports.
for (const label of ['replacement', 'x-user-defined']) {
  assert.throws(() => new TextDecoder(label), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
}
