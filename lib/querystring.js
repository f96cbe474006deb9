'use strict';
// node:querystring — parse and build `a=1&b=2` strings with Node's exact rules: its own escaping
// table (what encodeURIComponent leaves alone), '+' as a space when parsing, a decoder fallback
// that never throws, maxKeys, custom separators and custom encode/decode functions.

const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { encodeStr, hexTable, isHexTable, unescapeBytes } = require('internal/querystring');

// Captured before user code can replace them.
const decodeURIComponentOriginal = decodeURIComponent;
const isArray = Array.isArray;
const objectKeys = Object.keys;

// ASCII characters escape() leaves as they are: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) {
    if (!require.BuiltinModule?.exists('buffer')) {
      throw new ERR_NOT_IMPLEMENTED('querystring.unescapeBuffer() (needs the buffer module)');
    }
    BufferClass = require('buffer').Buffer;
  }
  return BufferClass;
}

// A Buffer of `s` percent-decoded byte by byte (invalid escapes stay as they are).
function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const [bytes, length] = unescapeBytes(s, decodeSpaces);
  return Buffer.from(bytes.buffer, 0, length);
}

let utf8Decoder;
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponentOriginal(s);
  } catch {
    // Malformed escapes: decode what can be decoded, byte by byte, then read it as UTF-8 (with
    // replacement characters). A user's own unescapeBuffer is honoured.
    if (QueryString.unescapeBuffer !== unescapeBuffer) {
      return QueryString.unescapeBuffer(s, decodeSpaces).toString();
    }
    const [bytes, length] = unescapeBytes(s, decodeSpaces);
    utf8Decoder ??= new TextDecoder();
    return utf8Decoder.decode(bytes.subarray(0, length));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

// A value as stringify writes it: strings, finite numbers, bigints and booleans; '' otherwise.
function primitiveText(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// With the built-in escape, text that needs no escaping (numbers below 1e21, bigints, booleans,
// empty strings) skips it.
function encodeWithEscape(v, encode) {
  switch (typeof v) {
    case 'string': return v.length === 0 ? '' : encode(v);
    case 'number':
      if (!Number.isFinite(v)) return '';
      return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function encodeWithCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeWithEscape : encodeWithCustom;
  if (obj === null || typeof obj !== 'object') return '';

  const keys = objectKeys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = obj[key];
    let prefix = convert(key, encode);
    prefix += eq;
    if (isArray(value)) {
      const count = value.length;
      if (count === 0) continue;
      for (let j = 0; j < count; j++) {
        if (out) out += sep;
        out += prefix;
        out += convert(value[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix;
      out += convert(value, encode);
    }
  }
  return out;
}

function decodeWith(decode, s) {
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

// Decodes a finished pair if it holds escapes, and adds it (a repeated key collects an array).
function addPair(obj, key, value, keyEscaped, valueEscaped, decode) {
  if (key.length > 0 && keyEscaped) key = decodeWith(decode, key);
  if (value.length > 0 && valueEscaped) value = decodeWith(decode, value);
  const current = obj[key];
  if (current === undefined) obj[key] = value;
  else if (current.pop) current[current.length] = value;
  else obj[key] = [current, value];
}

const kDefaultSepCodes = [0x26];  // '&'
const kDefaultEqCodes = [0x3D];   // '='

// The char codes of a separator argument; falsy means the default.
function charCodesOf(separator, defaults) {
  if (!separator) return defaults;
  const text = String(separator);
  const codes = [];
  for (let i = 0; i < text.length; i++) codes.push(text.charCodeAt(i));
  return codes;
}

const kPercent = 0x25;
const kPlus = 0x2B;

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = charCodesOf(sep, kDefaultSepCodes);
  const eqCodes = charCodesOf(eq, kDefaultEqCodes);
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;
  // Pairs left before maxKeys is reached; negative = no limit.
  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  // The built-in decoder is only run on text that holds a %XX escape (it would turn anything else
  // into itself, apart from its byte-wise fallback); a custom one always runs, and sees '+' as
  // %20.
  const alwaysDecode = decode !== qsUnescape;
  const space = alwaysDecode ? '%20' : ' ';

  let key = '';
  let value = '';
  let start = 0;      // qs[start, i) is not yet appended to key or value
  let sepMatched = 0; // characters of sep matched so far
  let eqMatched = 0;  // characters of eq matched so far; === eqLen once in the value
  let keyEscaped = alwaysDecode;
  let valueEscaped = alwaysDecode;
  // Progress through a '%', hex, hex sequence (0 = none, 1 = saw '%', 2 = and one digit). One
  // counter serves the key and the value, as in Node, so the choice of what gets decoded is
  // Node's too.
  let escapeSeen = 0;

  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepMatched]) {
      if (++sepMatched < sepLen) continue;
      const end = i - sepLen + 1;
      if (eqMatched < eqLen) {
        if (start < end) {
          key += qs.slice(start, end);
        } else if (key.length === 0) {
          // Nothing between two separators: no pair, but it counts towards maxKeys.
          if (--pairsLeft === 0) return obj;
          start = i + 1;
          sepMatched = eqMatched = 0;
          continue;
        }
      } else if (start < end) {
        value += qs.slice(start, end);
      }
      addPair(obj, key, value, keyEscaped, valueEscaped, decode);
      if (--pairsLeft === 0) return obj;
      key = value = '';
      keyEscaped = valueEscaped = alwaysDecode;
      escapeSeen = 0;
      start = i + 1;
      sepMatched = eqMatched = 0;
      continue;
    }
    sepMatched = 0;

    if (eqMatched < eqLen) {
      if (code === eqCodes[eqMatched]) {
        if (++eqMatched === eqLen) {
          const end = i - eqLen + 1;
          if (start < end) key += qs.slice(start, end);
          escapeSeen = 0;
          start = i + 1;
        }
        continue;
      }
      eqMatched = 0;
      if (!keyEscaped) {
        if (code === kPercent) {
          escapeSeen = 1;
          continue;
        }
        if (escapeSeen > 0) {
          if (code < 256 && isHexTable[code] === 1) {
            if (++escapeSeen === 3) keyEscaped = true;
            continue;
          }
          escapeSeen = 0;
        }
      }
      if (code === kPlus) {
        if (start < i) key += qs.slice(start, i);
        key += space;
        start = i + 1;
        continue;
      }
      // Otherwise the character also goes through the value's escape check below (Node does the
      // same; it only decides whether the value gets decoded).
    } else if (code === kPlus) {
      if (start < i) value += qs.slice(start, i);
      value += space;
      start = i + 1;
      continue;
    }

    if (!valueEscaped) {
      if (code === kPercent) {
        escapeSeen = 1;
      } else if (escapeSeen > 0) {
        if (code < 256 && isHexTable[code] === 1) {
          if (++escapeSeen === 3) valueEscaped = true;
        } else {
          escapeSeen = 0;
        }
      }
    }
  }

  if (start < qs.length) {
    if (eqMatched < eqLen) key += qs.slice(start);
    else if (sepMatched < sepLen) value += qs.slice(start);
  } else if (eqMatched === 0 && key.length === 0) {
    return obj;  // ended on a separator
  }
  addPair(obj, key, value, keyEscaped, valueEscaped, decode);
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
