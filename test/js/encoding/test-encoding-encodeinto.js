'use strict';
// TextEncoder.encodeInto: writes what fits into the destination (never half a character) and
// reports UTF-16 units read and bytes written; respects the view's offset and length.

const assert = require('assert');

const encoder = new TextEncoder();

{
  const dest = new Uint8Array(8);
  assert.deepStrictEqual(encoder.encodeInto('abc', dest), { read: 3, written: 3 });
  assert.deepStrictEqual(Array.from(dest), [0x61, 0x62, 0x63, 0, 0, 0, 0, 0]);
}

// Not enough room: stops before the character that does not fit.
assert.deepStrictEqual(encoder.encodeInto('a\u{1f600}b', new Uint8Array(4)), { read: 1, written: 1 });
assert.deepStrictEqual(encoder.encodeInto('a\u{1f600}b', new Uint8Array(5)), { read: 3, written: 5 });
assert.deepStrictEqual(encoder.encodeInto('\u{1f600}', new Uint8Array(3)), { read: 0, written: 0 });
assert.deepStrictEqual(encoder.encodeInto('\u20ac\u20ac', new Uint8Array(5)), { read: 1, written: 3 });
assert.deepStrictEqual(encoder.encodeInto('', new Uint8Array(0)), { read: 0, written: 0 });
assert.deepStrictEqual(encoder.encodeInto('abc', new Uint8Array(0)), { read: 0, written: 0 });

// Lone surrogates are written as U+FFFD and count as one unit read.
{
  const dest = new Uint8Array(10);
  assert.deepStrictEqual(encoder.encodeInto('a\ud800b', dest), { read: 3, written: 5 });
  assert.deepStrictEqual(Array.from(dest.subarray(0, 5)), [0x61, 0xef, 0xbf, 0xbd, 0x62]);
  assert.deepStrictEqual(encoder.encodeInto('\ude00\ud83d', new Uint8Array(7)), { read: 2, written: 6 });
}

// A subarray: writes start at its offset and stop at its end.
{
  const backing = new Uint8Array(8);
  const result = encoder.encodeInto('\u00e9\u00e9\u00e9\u00e9\u00e9', backing.subarray(1, 6));
  assert.deepStrictEqual(result, { read: 2, written: 4 });
  assert.deepStrictEqual(Array.from(backing), [0, 0xc3, 0xa9, 0xc3, 0xa9, 0, 0, 0]);
}

// A large string into a large buffer.
{
  const text = 'x\u00e9\u4e2d\u{1f600}'.repeat(20000);
  const dest = new Uint8Array(text.length * 3);
  const { read, written } = encoder.encodeInto(text, dest);
  assert.strictEqual(read, text.length);
  assert.strictEqual(written, 10 * 20000);
  assert.strictEqual(new TextDecoder().decode(dest.subarray(0, written)), text);
}

// A Uint8Array over a SharedArrayBuffer is a valid destination.
{
  const dest = new Uint8Array(new SharedArrayBuffer(4));
  assert.deepStrictEqual(encoder.encodeInto('hi', dest), { read: 2, written: 2 });
  assert.strictEqual(dest[1], 0x69);
}

// The result is a fresh plain object each time.
{
  const dest = new Uint8Array(4);
  const r1 = encoder.encodeInto('a', dest);
  const r2 = encoder.encodeInto('bc', dest);
  assert.notStrictEqual(r1, r2);
  assert.deepStrictEqual(r1, { read: 1, written: 1 });
  assert.deepStrictEqual(r2, { read: 2, written: 2 });
}

// Argument errors.
assert.throws(() => encoder.encodeInto(1, new Uint8Array(4)), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "src" argument must be of type string. Received type number (1)',
});
assert.throws(() => encoder.encodeInto('abc', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "dest" argument must be an instance of Uint8Array. Received type number (1)',
});
assert.throws(() => encoder.encodeInto('abc', new Uint16Array(4)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Uint16Array',
});
assert.throws(() => encoder.encodeInto('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => encoder.encodeInto('abc', new ArrayBuffer(4)), { code: 'ERR_INVALID_ARG_TYPE' });

// Against a reference written in JS: random strings (ASCII, Latin-1, BMP, pairs and lone
// surrogates) into every capacity up to their full length, one- and two-byte strings alike.
{
  function reference(text, capacity) {
    let read = 0;
    let written = 0;
    while (read < text.length) {
      let cp = text.codePointAt(read);
      let units = cp > 0xffff ? 2 : 1;
      if (cp >= 0xd800 && cp <= 0xdfff) { cp = 0xfffd; units = 1; }
      const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + bytes > capacity) break;
      written += bytes;
      read += units;
    }
    return { read, written };
  }
  const pieces = ['a', 'Z', '\u00e9', '\u00ff', '\u0100', '\u07ff', '\u0800', '\u20ac', '\uffff',
    '\u{1f600}', '\u{10000}', '\ud800', '\udfff', 'abcd', 'abcdefgh'];
  let seed = 12345;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    let text = '';
    const count = random(12);
    for (let i = 0; i < count; i++) text += pieces[random(pieces.length)];
    const full = encoder.encode(text);
    for (let capacity = 0; capacity <= full.length + 1; capacity++) {
      const dest = new Uint8Array(capacity + 2).fill(0x55);
      const result = encoder.encodeInto(text, dest.subarray(0, capacity));
      const expected = reference(text, capacity);
      assert.deepStrictEqual(result, expected, `${JSON.stringify(text)} into ${capacity}`);
      assert.deepStrictEqual(Array.from(dest.subarray(0, result.written)),
                             Array.from(full.subarray(0, result.written)));
      for (let i = result.written; i < dest.length; i++) assert.strictEqual(dest[i], 0x55);
    }
  }
}

// Long one-byte strings, cut at odd places.
{
  const text = ('x'.repeat(4095) + '\u00e9').repeat(3);
  for (const capacity of [4095, 4096, 4097, 4098, 8191, 8192, 8193, 12290, 12291, 20000]) {
    const dest = new Uint8Array(capacity);
    const result = encoder.encodeInto(text, dest);
    const full = encoder.encode(text);
    const expectedWritten = Math.min(capacity, full.length) -
      (capacity < full.length && full[capacity] === 0xa9 ? 1 : 0);
    assert.strictEqual(result.written, expectedWritten, `capacity ${capacity}`);
    assert.strictEqual(new TextDecoder().decode(dest.subarray(0, result.written)),
                       text.slice(0, result.read));
  }
}

// Long two-byte strings, with surrogate pairs and three-byte runs at every alignment.
{
  for (const prefix of [4094, 4095, 4096, 4097]) {
    const text = '\u4e2d'.repeat(prefix) + '\u{1f600}' + 'a\u00e9\u4e2d'.repeat(3000) + '\u{1f600}';
    const full = encoder.encode(text);
    const dest = new Uint8Array(full.length + 3);
    assert.deepStrictEqual(encoder.encodeInto(text, dest), { read: text.length, written: full.length });
    assert.deepStrictEqual(dest.subarray(0, full.length), full);
    // Cut just before, inside and after the first pair.
    for (const cut of [prefix * 3, prefix * 3 + 3, prefix * 3 + 4, prefix * 3 + 5]) {
      const part = new Uint8Array(cut);
      const { read, written } = encoder.encodeInto(text, part);
      assert.strictEqual(written, cut >= prefix * 3 + 4 ? prefix * 3 + 4 + (cut - prefix * 3 - 4 >= 1 ? 1 : 0) : prefix * 3);
      assert.strictEqual(new TextDecoder().decode(part.subarray(0, written)), text.slice(0, read));
    }
  }
}
