'use strict';
// Percent-encoding helpers shared by node:querystring (and open to the URL code): the %XX table,
// which characters are hex digits, UTF-8 percent-encoding of a string with a table of characters
// left alone, and the byte-level percent-decoding behind querystring.unescapeBuffer.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// hexTable[b] is '%XX' (upper case) for every byte value.
const hexTable = new Array(256);
// (toUpperCase() yields flat strings, which later concatenations copy fastest.)
for (let b = 0; b < 256; b++) hexTable[b] = (b < 16 ? '%0' : '%') + b.toString(16).toUpperCase();

// isHexTable[c] is 1 for the char codes of 0-9, A-F and a-f (the table covers 0..255).
const isHexTable = new Int8Array(256);
// hexValue[c] is the digit's value, or -1.
const hexValue = new Int8Array(256).fill(-1);
for (let c = 0; c < 256; c++) {
  let v = -1;
  if (c >= 0x30 && c <= 0x39) v = c - 0x30;
  else if (c >= 0x41 && c <= 0x46) v = c - 0x41 + 10;
  else if (c >= 0x61 && c <= 0x66) v = c - 0x61 + 10;
  hexValue[c] = v;
  isHexTable[c] = v >= 0 ? 1 : 0;
}

// Percent-encodes `str` as UTF-8, leaving ASCII characters whose noEscapeTable entry is 1 as they
// are. A surrogate code unit is joined with the unit after it (whatever that is); a surrogate at
// the very end is an ERR_INVALID_URI.
function encodeStr(str, noEscapeTable, table) {
  const len = str.length;
  let out = '';
  let copied = 0;  // str[copied, i) is still to be appended unchanged
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && noEscapeTable[c] === 1) continue;
    if (copied < i) out += str.slice(copied, i);
    if (c < 0x80) {
      out += table[c];
    } else if (c < 0x800) {
      out += table[0xC0 | (c >> 6)] + table[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c > 0xDFFF) {
      out += table[0xE0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    } else {
      if (++i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
      out += table[0xF0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3F)] +
             table[0x80 | ((c >> 6) & 0x3F)] + table[0x80 | (c & 0x3F)];
    }
    copied = i + 1;
  }
  if (copied === 0) return str;
  return copied < len ? out + str.slice(copied) : out;
}

function hexDigit(code) {
  return code < 256 ? hexValue[code] : -1;
}

// The bytes of `s` with every valid %XX decoded (and '+' as a space when decodeSpaces). Other
// characters become their code unit's low byte, as Node's unescapeBuffer writes them. A '%' in
// the last two positions is left as it is. Returns [bytes, length, decodedAny].
function unescapeBytes(s, decodeSpaces) {
  const len = s.length;
  const out = new Uint8Array(len);
  let n = 0;
  let decodedAny = false;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2B && decodeSpaces) {
      out[n++] = 0x20;
      continue;
    }
    if (c === 0x25 && i < len - 2) {
      const hi = hexDigit(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexDigit(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[n++] = hi * 16 + lo;
        decodedAny = true;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xFF;
  }
  return [out, n, decodedAny];
}

module.exports = {
  encodeStr,
  hexTable,
  isHexTable,
  unescapeBytes,
};
