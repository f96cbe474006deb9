'use strict';
// Random bytes, decoded whole and in random chunks, agree with a direct transcription of the
// Encoding Standard's UTF-8 and UTF-16LE decoders (with U+FFFD for errors) — including the
// chunk boundaries that cut a sequence, and { fatal: true } failing exactly when the reference
// meets an error.

const assert = require('assert');

// encoding.spec.whatwg.org/#utf-8-decoder, one byte at a time.
function referenceUtf8(bytes) {
  let out = '';
  let errors = 0;
  let cp = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length) {
      if (needed !== 0) { out += '\ufffd'; errors++; }
      break;
    }
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) out += String.fromCharCode(b);
      else if (b >= 0xc2 && b <= 0xdf) { needed = 1; cp = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2; cp = b & 0xf;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3; cp = b & 0x7;
      } else { out += '\ufffd'; errors++; }
      continue;
    }
    if (b < lower || b > upper) {
      cp = needed = seen = 0; lower = 0x80; upper = 0xbf;
      out += '\ufffd'; errors++;
      i--; // the byte is processed again
      continue;
    }
    lower = 0x80; upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      out += String.fromCodePoint(cp);
      cp = needed = seen = 0;
    }
  }
  return { text: out, errors };
}

function referenceUtf16le(bytes) {
  let out = '';
  let errors = 0;
  let lead = null;
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const unit = bytes[i] | (bytes[i + 1] << 8);
    if (lead !== null) {
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        out += String.fromCharCode(lead, unit);
        lead = null;
        continue;
      }
      out += '\ufffd'; errors++;
      lead = null;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) lead = unit;
    else if (unit >= 0xdc00 && unit <= 0xdfff) { out += '\ufffd'; errors++; }
    else out += String.fromCharCode(unit);
  }
  if (lead !== null || i < bytes.length) { out += '\ufffd'; errors++; }
  return { text: out, errors };
}

let seed = 2024;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}

// Bytes that hit the interesting cases often: ASCII, continuation bytes, every kind of lead.
const palette = [0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed,
  0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff, 0x00, 0xd8, 0xdb, 0xdc, 0xdf, 0x3d, 0xfe];

function randomBytes() {
  const length = random(40);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = random(3) === 0 ? random(256) : palette[random(palette.length)];
  return bytes;
}

function decodeInChunks(decoder, bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const size = 1 + random(6);
    out += decoder.decode(bytes.subarray(i, i + size), { stream: true });
    i += size;
  }
  return out + decoder.decode();
}

for (const [label, reference] of [['utf-8', referenceUtf8], ['utf-16le', referenceUtf16le]]) {
  const decoder = new TextDecoder(label, { ignoreBOM: true });
  const fatal = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  for (let round = 0; round < 3000; round++) {
    const bytes = randomBytes();
    const expected = reference(bytes);
    assert.strictEqual(decoder.decode(bytes), expected.text, `${label} ${bytes}`);
    assert.strictEqual(decodeInChunks(decoder, bytes), expected.text, `${label} chunks ${bytes}`);
    if (expected.errors === 0) {
      assert.strictEqual(fatal.decode(bytes), expected.text);
    } else {
      assert.throws(() => fatal.decode(bytes), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
    }
  }
}
