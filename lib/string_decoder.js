'use strict';

// node:string_decoder — turns a stream of byte chunks into strings without splitting a character
// (UTF-8 sequence, UTF-16 unit or surrogate pair, base64 group) across the chunk boundary.
// The state has Node's layout so lastChar / lastNeed / lastTotal read the same: bytes 0-3 hold the
// incomplete character, 4 the bytes still missing, 5 the bytes buffered, 6 the encoding.

const { decodeUtf8, decodeLatin1, decodeUtf16le } = internalBinding('encoding');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kNumFields = 7;

// Node's numbering of encodings (src/node.h's `enum encoding`), shown by util.inspect.
const kAscii = 0;
const kUtf8 = 1;
const kBase64 = 2;
const kUcs2 = 3;
const kLatin1 = 4;
const kHex = 5;
const kBase64url = 7;

const encodingIds = {
  __proto__: null,
  ascii: kAscii,
  utf8: kUtf8,
  base64: kBase64,
  utf16le: kUcs2,
  latin1: kLatin1,
  hex: kHex,
  base64url: kBase64url,
};

const kNativeDecoder = Symbol('kNativeDecoder');

function normalizeEncoding(enc) {
  if (enc == null || enc === '' || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
    case 'base64url':
    case 'hex':
    case 'ascii':
      return `${enc}`.toLowerCase();
    default:
      return undefined;
  }
}

// Buffer comes from lib/buffer.js when it exists; until then the state is a plain Uint8Array.
let lazyBuffer;
function bufferClass() {
  if (lazyBuffer === undefined) {
    try {
      lazyBuffer = require('buffer').Buffer;
    } catch {
      lazyBuffer = null;
    }
  }
  return lazyBuffer;
}

function newState() {
  const B = bufferClass();
  return B ? B.alloc(kNumFields) : new Uint8Array(kNumFields);
}

// ---------------------------------------------------------------------------------------------
// Bytes → string, one encoding each. `bytes` is a Uint8Array; the whole of it is decoded.

const kChunk = 8192;

// Node keeps lone surrogates where the WHATWG decoder writes U+FFFD: the fast native decoder is
// used unless its result has a U+FFFD, which the slow path then decides about.
function decodeUcs2(bytes) {
  const fast = decodeUtf16le(bytes, true, false);
  if (!fast.includes('\ufffd')) return fast;
  const units = bytes.length >>> 1;
  let out = '';
  const codes = new Array(Math.min(units, kChunk));
  for (let start = 0; start < units; start += kChunk) {
    const n = Math.min(kChunk, units - start);
    if (codes.length !== n) codes.length = n;
    for (let i = 0, j = start * 2; i < n; i++, j += 2) codes[i] = bytes[j] | (bytes[j + 1] << 8);
    out += String.fromCharCode.apply(null, codes);
  }
  return out;
}

function decodeAscii(bytes) {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] > 0x7f) {
      // Node clears the high bit of every byte.
      const copy = new Uint8Array(bytes.length);
      for (let j = 0; j < bytes.length; j++) copy[j] = bytes[j] & 0x7f;
      return decodeLatin1(copy);
    }
  }
  return decodeLatin1(bytes);
}

// hex and base64 write their ASCII output as bytes, then make one string of them. A hex pair
// is one 16-bit store (low byte first, as typed arrays are little-endian on every target).
const hexPairCodes = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  const digits = i.toString(16).padStart(2, '0');
  hexPairCodes[i] = digits.charCodeAt(0) | (digits.charCodeAt(1) << 8);
}

function decodeHex(bytes) {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = hexPairCodes[bytes[i]];
  return decodeLatin1(out);
}

const toCodes = (alphabet) => new Uint8Array([...alphabet].map((c) => c.charCodeAt(0)));
const base64Codes =
  toCodes('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
const base64urlCodes =
  toCodes('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
const kPad = 0x3d;  // '='

// base64 pads the last group with '='; base64url does not pad, as in Node.
function decodeBase64(bytes, codes, pad) {
  const n = bytes.length;
  const whole = n - (n % 3);
  const rest = n - whole;
  const outLength = (whole / 3) * 4 + (rest === 0 ? 0 : (pad ? 4 : rest + 1));
  const out = new Uint8Array(outLength);
  let j = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[j++] = codes[v >> 18];
    out[j++] = codes[(v >> 12) & 63];
    out[j++] = codes[(v >> 6) & 63];
    out[j++] = codes[v & 63];
  }
  if (rest === 1) {
    const v = bytes[whole] << 16;
    out[j++] = codes[v >> 18];
    out[j++] = codes[(v >> 12) & 63];
    if (pad) {
      out[j++] = kPad;
      out[j++] = kPad;
    }
  } else if (rest === 2) {
    const v = (bytes[whole] << 16) | (bytes[whole + 1] << 8);
    out[j++] = codes[v >> 18];
    out[j++] = codes[(v >> 12) & 63];
    out[j++] = codes[(v >> 6) & 63];
    if (pad) out[j++] = kPad;
  }
  return decodeLatin1(out);
}

function makeString(bytes, encoding) {
  switch (encoding) {
    case kUtf8: return decodeUtf8(bytes, true, false);
    case kUcs2: return decodeUcs2(bytes);
    case kLatin1: return decodeLatin1(bytes);
    case kAscii: return decodeAscii(bytes);
    case kHex: return decodeHex(bytes);
    case kBase64: return decodeBase64(bytes, base64Codes, true);
    default: return decodeBase64(bytes, base64urlCodes, false);
  }
}

// ---------------------------------------------------------------------------------------------
// The decoder proper: Node's algorithm (src/string_decoder.cc) on a Uint8Array.

function decodeData(state, data) {
  const encoding = state[kEncodingField];
  if (encoding === kAscii || encoding === kHex || encoding === kLatin1) {
    return makeString(data, encoding);
  }

  let start = 0;
  let end = data.length;
  let prepend = '';

  // Finish the character the previous chunk ended in.
  if (state[kMissingBytes] > 0) {
    if (encoding === kUtf8) {
      // A byte that is not a continuation ends the incomplete character early: what was buffered
      // becomes U+FFFD and the byte starts a new character, as V8's decoder would see it.
      const want = state[kMissingBytes];
      for (let i = 0; i < end && i < want; i++) {
        if ((data[i] & 0xc0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    state.set(data.subarray(start, start + found), state[kBufferedBytes]);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state.subarray(0, state[kBufferedBytes]), encoding);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  // Keep back the start of a character cut at the end of this chunk.
  let buffered = 0;
  if (encoding === kUtf8) {
    if (data[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        if ((data[i] & 0xc0) === 0x80) {
          // A continuation byte: keep looking for the lead byte, but not past 4 bytes or the
          // start of the chunk (then this is invalid UTF-8 the decoder replaces).
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
        } else {
          let total;
          if ((data[i] & 0xe0) === 0xc0) total = 2;
          else if ((data[i] & 0xf0) === 0xe0) total = 3;
          else if ((data[i] & 0xf8) === 0xf0) total = 4;
          else {
            buffered = 0;
            break;
          }
          if (buffered >= total) {
            // Complete (or invalid anyway): nothing to keep.
            buffered = 0;
            total = 0;
          }
          state[kMissingBytes] = total - buffered;
          break;
        }
      }
    }
  } else if (encoding === kUcs2) {
    if ((end - start) % 2 === 1) {
      buffered = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xfc) === 0xd8) {
      // The high byte of a lead surrogate: wait for its trail.
      buffered = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    buffered = (end - start) % 3;
    if (buffered > 0) state[kMissingBytes] = 3 - buffered;
  }

  if (buffered > 0) {
    end -= buffered;
    state.set(data.subarray(end, end + buffered), 0);
    state[kBufferedBytes] = buffered;
  }

  if (start === end) return prepend;
  const body = makeString(start === 0 && end === data.length ? data : data.subarray(start, end),
                          encoding);
  return prepend === '' ? body : prepend + body;
}

function flushData(state) {
  const encoding = state[kEncodingField];
  if (encoding === kUcs2 && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state.subarray(0, state[kBufferedBytes]), encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// A function, not a class, as in Node: calling it without `new` fails the same way.
function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = newState();
  this[kNativeDecoder][kEncodingField] = encodingIds[normalized];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeData(state, toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  if (state[kBufferedBytes] > 0) ret += flushData(state);
  return ret;
};

// Forgets any incomplete character and decodes buf from offset on.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
