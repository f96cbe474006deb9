'use strict';
// The WHATWG URL Standard: the basic URL parser (a state machine over the input), host parsing
// (domains through ICU's UTS #46 in internalBinding('url'), IPv4, IPv6, opaque hosts), the
// serializer, the URL and URLSearchParams classes, and Node's file: URL helpers built on them.

const {
  ERR_ARG_NOT_ITERABLE,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_THIS,
  ERR_INVALID_TUPLE,
  ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
  ERR_NOT_IMPLEMENTED,
} = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');
const { customInspectSymbol: kInspect } = require('internal/util/inspect');

let binding;
function idna() {
  binding ??= internalBinding('url');
  return binding;
}

const StringPrototypeToWellFormed = String.prototype.toWellFormed;
const kSurrogate = /[\uD800-\uDFFF]/;
// WebIDL's USVString conversion: lone surrogates become U+FFFD.
function toUSVString(value) {
  const str = `${value}`;
  if (!kSurrogate.test(str)) return str;
  if (typeof StringPrototypeToWellFormed === 'function') {
    return StringPrototypeToWellFormed.call(str);
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += (c >= 0xD800 && c <= 0xDFFF) ? '\uFFFD' : str[i];
  }
  return out;
}

// ---- percent-encode sets: a table of the ASCII code points each set holds (non-ASCII always) ----

function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  for (let c = 0; c < 0x20; c++) set[c] = 1;
  set[0x7F] = 1;
  for (const ch of extra) set[ch.charCodeAt(0)] = 1;
  return set;
}
const kC0ControlSet = makeSet(null, '');
const kFragmentSet = makeSet(kC0ControlSet, ' "<>`');
const kQuerySet = makeSet(kC0ControlSet, ' "#<>');
const kSpecialQuerySet = makeSet(kQuerySet, "'");
const kPathSet = makeSet(kQuerySet, '?`{}');
const kUserinfoSet = makeSet(kPathSet, '/:;=@[\\]^|');
const kComponentSet = makeSet(kUserinfoSet, '$%&+,');
const kFormSet = makeSet(kComponentSet, "!'()~");

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8PercentEncode(str, start, end, set, spaceAsPlus = false) {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && set[c] === 0) continue;
    if (spaceAsPlus && c === 0x20) {
      out += `${str.slice(last, i)}+`;
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x80) {
      out += kHex[c];
    } else if (c < 0x800) {
      out += kHex[0xC0 | (c >> 6)] + kHex[0x80 | (c & 0x3F)];
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end &&
               (str.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (str.charCodeAt(i + 1) - 0xDC00);
      i++;
      out += kHex[0xF0 | (c >> 18)] + kHex[0x80 | ((c >> 12) & 0x3F)] +
        kHex[0x80 | ((c >> 6) & 0x3F)] + kHex[0x80 | (c & 0x3F)];
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      out += kHex[0xE0 | (c >> 12)] + kHex[0x80 | ((c >> 6) & 0x3F)] + kHex[0x80 | (c & 0x3F)];
    }
    last = i + 1;
  }
  return last === start ? str.slice(start, end) : out + str.slice(last, end);
}

function percentEncode(str, set) {
  return utf8PercentEncode(str, 0, str.length, set);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

let textDecoder;
// Percent-decodes `str` (after turning '+' into a space when asked) and decodes the bytes as
// UTF-8, with U+FFFD for malformed sequences.
function percentDecode(str, plusAsSpace = false) {
  if (plusAsSpace && str.includes('+')) str = str.replace(/\+/g, ' ');
  if (!str.includes('%')) return str;
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < str.length && hexValue(str.charCodeAt(i + 1)) >= 0 &&
        hexValue(str.charCodeAt(i + 2)) >= 0) {
      bytes.push(hexValue(str.charCodeAt(i + 1)) * 16 + hexValue(str.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else if (c < 0x800) {
      bytes.push(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length &&
               (str.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      c = 0x10000 + ((c - 0xD800) << 10) + (str.charCodeAt(i + 1) - 0xDC00);
      i++;
      bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F),
                 0x80 | (c & 0x3F));
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
    }
  }
  if (textDecoder === undefined) {
    const { TextDecoder } = require('internal/encoding');
    textDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
  }
  return textDecoder.decode(new Uint8Array(bytes));
}

// ---- schemes ----

const kSpecialSchemes = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
                          'ws': 80, 'wss': 443 };
function isSpecialScheme(scheme) {
  return scheme in kSpecialSchemes;
}
function defaultPort(scheme) {
  return kSpecialSchemes[scheme] ?? null;
}

// ---- hosts ----

const FAILURE = null;

// Forbidden host code points; forbidden domain code points add C0 controls, % and DEL.
const kForbiddenHost = makeSet(null, '');
for (let c = 1; c < 0x20; c++) kForbiddenHost[c] = 0;
kForbiddenHost[0x7F] = 0;
for (const ch of '\0\t\n\r #/:<>?@[\\]^|') kForbiddenHost[ch.charCodeAt(0)] = 1;
const kForbiddenDomain = makeSet(kForbiddenHost, '%');

function containsFrom(str, set) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80 && set[c] === 1) return true;
  }
  return false;
}

function parseIPv4Number(str) {
  if (str === '') return NaN;
  let radix = 10;
  if (str.length >= 2 && str[0] === '0' && (str[1] === 'x' || str[1] === 'X')) {
    str = str.slice(2);
    radix = 16;
  } else if (str.length >= 2 && str[0] === '0') {
    str = str.slice(1);
    radix = 8;
  }
  if (str === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(str)) return NaN;
  return parseInt(str, radix);
}

function endsInANumber(str) {
  let end = str.length;
  if (end > 0 && str.charCodeAt(end - 1) === 0x2E) {
    if (end === 1) return false;
    end--;
  }
  const start = str.lastIndexOf('.', end - 1) + 1;
  if (start === end) return false; // an empty last label is not a number
  let digits = true;
  for (let i = start; i < end; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      digits = false;
      break;
    }
  }
  if (digits) return true;
  const c0 = str.charCodeAt(start);
  if (c0 !== 0x30) return false; // only 0x… can still be a number
  return !Number.isNaN(parseIPv4Number(str.slice(start, end)));
}

function parseIPv4(str) {
  const parts = str.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return FAILURE;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return FAILURE;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return FAILURE;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return `${ipv4 >>> 24}.${(ipv4 >>> 16) & 255}.${(ipv4 >>> 8) & 255}.${ipv4 & 255}`;
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  if (at(0) === 0x3A) {
    if (at(1) !== 0x3A) return FAILURE;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== -1) {
    if (pieceIndex === 8) return FAILURE;
    if (at(pointer) === 0x3A) {
      if (compress !== null) return FAILURE;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexValue(at(pointer)) >= 0) {
      value = value * 16 + hexValue(at(pointer));
      pointer++;
      length++;
    }
    if (at(pointer) === 0x2E) {
      if (length === 0) return FAILURE;
      pointer -= length;
      if (pieceIndex > 6) return FAILURE;
      let numbersSeen = 0;
      while (at(pointer) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
          else return FAILURE;
        }
        if (!isDigit(at(pointer))) return FAILURE;
        while (isDigit(at(pointer))) {
          const number = at(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return FAILURE;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return FAILURE;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return FAILURE;
      break;
    } else if (at(pointer) === 0x3A) {
      pointer++;
      if (at(pointer) === -1) return FAILURE;
    } else if (at(pointer) !== -1) {
      return FAILURE;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return FAILURE;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (i === bestStart) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

function isAsciiDomainFastPath(domain) {
  for (let i = 0; i < domain.length; i++) if (domain.charCodeAt(i) >= 0x80) return false;
  return !/(^|\.)xn--/i.test(domain);
}

// The URL Standard's domain to ASCII (beStrict = false); null for failure.
function domainToASCIIInternal(domain) {
  let result;
  if (isAsciiDomainFastPath(domain)) {
    result = domain.toLowerCase();
  } else {
    result = idna().domainToASCII(domain);
    if (result === undefined) return FAILURE;
  }
  if (result === '') return FAILURE;
  return result;
}

// The host parser. Returns the serialized host or null for failure.
function parseHost(input, isOpaque) {
  if (input[0] === '[') {
    if (input[input.length - 1] !== ']') return FAILURE;
    const address = parseIPv6(input.slice(1, -1));
    return address === FAILURE ? FAILURE : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (containsFrom(input, kForbiddenHost)) return FAILURE;
    return percentEncode(input, kC0ControlSet);
  }
  const domain = percentDecode(input);
  const asciiDomain = domainToASCIIInternal(domain);
  if (asciiDomain === FAILURE) return FAILURE;
  if (containsFrom(asciiDomain, kForbiddenDomain)) return FAILURE;
  if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ---- the URL record and the basic URL parser ----

class URLRecord {
  scheme = '';
  username = '';
  password = '';
  host = null; // serialized host, '' for the empty host, null for none
  port = null;
  path = []; // a list of segments, or a string for an opaque path
  query = null;
  fragment = null;

  clone() {
    const r = new URLRecord();
    r.scheme = this.scheme;
    r.username = this.username;
    r.password = this.password;
    r.host = this.host;
    r.port = this.port;
    r.path = typeof this.path === 'string' ? this.path : this.path.slice();
    r.query = this.query;
    r.fragment = this.fragment;
    return r;
  }
}

const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const EOF = -1;

function isAlpha(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}
function isDigitCode(c) {
  return c >= 0x30 && c <= 0x39;
}
function isWindowsDriveLetter(s, normalizedOnly = false) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}
function startsWithWindowsDriveLetter(s, i) {
  if (s.length - i < 2) return false;
  if (!isAlpha(s.charCodeAt(i)) || (s[i + 1] !== ':' && s[i + 1] !== '|')) return false;
  if (s.length - i === 2) return true;
  const c = s[i + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}
function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: { const l = s.toLowerCase(); return l === '.%2e' || l === '%2e.'; }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}
function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}
function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

const kLeadingTrailingC0Space = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const kTabNewline = /[\t\n\r]/g;

// Parses `input` against `base` (a URLRecord or null). Without `url`, returns a new URLRecord or
// null for failure. With `url` and `stateOverride`, modifies `url` (a setter) and returns false
// when the spec says failure.
function basicURLParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = new URLRecord();
    if (input.length > 0 &&
        (input.charCodeAt(0) <= 0x20 || input.charCodeAt(input.length - 1) <= 0x20)) {
      input = input.replace(kLeadingTrailingC0Space, '');
    }
  }
  if (input.includes('\t') || input.includes('\n') || input.includes('\r')) {
    input = input.replace(kTabNewline, '');
  }
  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  let special = isSpecialScheme(url.scheme);

  for (let pointer = 0; pointer <= len; pointer++) {
    let c = pointer < len ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += input[pointer].toLowerCase();
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return false;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigitCode(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          let end = pointer + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (!(isAlpha(d) || isDigitCode(d) || d === 0x2B || d === 0x2D || d === 0x2E)) break;
            end++;
          }
          buffer += input.slice(pointer, end).toLowerCase();
          pointer = end - 1;
        } else if (c === 0x3A) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return true;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (special && base !== null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return false;
        }
        break;

      case NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === 0x2F || (special && c === 0x5C)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) pointer++;
        else pointer--;
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          if (!passwordTokenSeen) {
            const colon = buffer.indexOf(':');
            if (colon === -1) {
              url.username += percentEncode(buffer, kUserinfoSet);
            } else {
              passwordTokenSeen = true;
              url.username += percentEncode(buffer.slice(0, colon), kUserinfoSet);
              url.password += percentEncode(buffer.slice(colon + 1), kUserinfoSet);
            }
          } else {
            url.password += percentEncode(buffer, kUserinfoSet);
          }
          buffer = '';
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return null;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          let end = pointer + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x40 || d === 0x2F || d === 0x3F || d === 0x23 ||
                (special && d === 0x5C)) {
              break;
            }
            end++;
          }
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return stateOverride ? false : null;
          if (stateOverride === HOSTNAME) return false;
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C)) {
          pointer--;
          if (special && buffer === '') return stateOverride ? false : null;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null)) {
            return false;
          }
          const host = parseHost(buffer, !special);
          if (host === FAILURE) return stateOverride ? false : null;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else if (c === 0x5B || c === 0x5D) {
          insideBrackets = c === 0x5B;
          buffer += input[pointer];
        } else {
          let end = pointer + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x3A || d === 0x2F || d === 0x3F || d === 0x23 || d === 0x5B || d === 0x5D ||
                (special && d === 0x5C)) {
              break;
            }
            end++;
          }
          buffer += input.slice(pointer, end);
          pointer = end - 1;
        }
        break;

      case PORT:
        if (isDigitCode(c)) {
          buffer += input[pointer];
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            let port = 0;
            for (let i = 0; i < buffer.length; i++) {
              port = port * 10 + (buffer.charCodeAt(i) - 0x30);
              if (port > 65535) return stateOverride ? false : null;
            }
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return true;
          state = PATH_START;
          pointer--;
        } else {
          return stateOverride ? false : null;
        }
        break;

      case FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) shortenPath(url);
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === FAILURE) return stateOverride ? false : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) pointer--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c !== EOF && c !== 0x2F && !(special && c === 0x5C) &&
            (stateOverride || (c !== 0x3F && c !== 0x23))) {
          let end = pointer + 1;
          while (end < len) {
            const d = input.charCodeAt(end);
            if (d === 0x2F || (special && d === 0x5C) ||
                (!stateOverride && (d === 0x3F || d === 0x23))) {
              break;
            }
            end++;
          }
          buffer += input.slice(pointer, end);
          pointer = end;
          c = pointer < len ? input.charCodeAt(pointer) : EOF;
        }
        if (c === EOF || c === 0x2F || (special && c === 0x5C) ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (special && c === 0x5C);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(percentEncode(buffer, kPathSet));
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case OPAQUE_PATH: {
        let end = pointer;
        while (end < len) {
          const d = input.charCodeAt(end);
          if (d === 0x3F || d === 0x23) break;
          end++;
        }
        url.path += utf8PercentEncode(input, pointer, end, kC0ControlSet);
        pointer = end;
        if (end < len) {
          if (input.charCodeAt(end) === 0x3F) {
            url.query = '';
            state = QUERY;
          } else {
            url.fragment = '';
            state = FRAGMENT;
          }
        }
        break;
      }

      case QUERY: {
        let end = pointer;
        if (!stateOverride) while (end < len && input.charCodeAt(end) !== 0x23) end++;
        else end = len;
        url.query += utf8PercentEncode(input, pointer, end, special ? kSpecialQuerySet : kQuerySet);
        pointer = end;
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT;
        }
        break;
      }

      case FRAGMENT:
        url.fragment += utf8PercentEncode(input, pointer, len, kFragmentSet);
        pointer = len;
        break;
    }
  }
  return stateOverride ? true : url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicURLParse(serializePath(url), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port === null ? '' : `:${url.port}`}`;
    default:
      return 'null';
  }
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (typeof url.path !== 'string') return;
  if (url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// ---- application/x-www-form-urlencoded ----

function parseUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push([percentDecode(name, true), percentDecode(value, true)]);
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const [name, value] = list[i];
    if (i > 0) out += '&';
    out += `${utf8PercentEncode(name, 0, name.length, kFormSet, true)}=` +
      utf8PercentEncode(value, 0, value.length, kFormSet, true);
  }
  return out;
}

// Puts `keys` of `obj` in this order (Object.keys order is creation order) and marks them
// enumerable, as WebIDL attributes and operations are.
function orderAndEnumerate(obj, keys) {
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(obj, key);
    delete obj[key];
    desc.enumerable = true;
    Object.defineProperty(obj, key, desc);
  }
}

// ---- URLSearchParams ----

let setURLQueryFromParams; // (url, serialized) → void, defined by URL's static block
let isURLSearchParams;

function toStringArg(value) {
  return toUSVString(value);
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        for (const [k, v] of init.#list) this.#list.push([k, v]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of { [Symbol.iterator]() { return method.call(init); } }) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push([toStringArg(items[0]), toStringArg(items[1])]);
        }
      } else {
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          // WebIDL record<USVString, USVString>: an enumerable Symbol key throws a TypeError.
          if (!Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          const name = toUSVString(key);
          const value = toStringArg(init[key]);
          if (seen.has(name)) {
            this.#list[seen.get(name)][1] = value;
          } else {
            seen.set(name, this.#list.length);
            this.#list.push([name, value]);
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str[0] === '?') str = str.slice(1);
      this.#list = parseUrlencoded(str);
    }
  }

  static {
    isURLSearchParams = (value) => value !== null && typeof value === 'object' && #list in value;
  }

  #update() {
    if (this.#url === null) return;
    setURLQueryFromParams(this.#url, serializeUrlencoded(this.#list));
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push([toStringArg(name), toStringArg(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toStringArg(name);
    if (value !== undefined) {
      value = toStringArg(value);
      this.#list = this.#list.filter((p) => p[0] !== name || p[1] !== value);
    } else {
      this.#list = this.#list.filter((p) => p[0] !== name);
    }
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toStringArg(name);
    for (const p of this.#list) if (p[0] === name) return p[1];
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toStringArg(name);
    const values = [];
    for (const p of this.#list) if (p[0] === name) values.push(p[1]);
    return values;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toStringArg(name);
    if (value !== undefined) {
      value = toStringArg(value);
      return this.#list.some((p) => p[0] === name && p[1] === value);
    }
    return this.#list.some((p) => p[0] === name);
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toStringArg(name);
    value = toStringArg(value);
    const list = [];
    let found = false;
    for (const p of this.#list) {
      if (p[0] !== name) {
        list.push(p);
      } else if (!found) {
        found = true;
        list.push([name, value]);
      }
    }
    if (!found) list.push([name, value]);
    this.#list = list;
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    // A stable sort by code units of the names (Array.prototype.sort is stable).
    this.#list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    for (let i = 0; i < this.#list.length; i++) {
      const [name, value] = this.#list[i];
      callback.call(thisArg, value, name, this);
    }
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator('key+value', () => this.#list);
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator('key', () => this.#list);
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator('value', () => this.#list);
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeUrlencoded(this.#list);
  }

  [kInspect](depth, options, inspect) {
    if (!isURLSearchParams(this)) return this;
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const items = this.#list.map(([k, v]) => `${inspect(k, inner)} => ${inspect(v, inner)}`);
    const name = this.constructor?.name ?? 'URLSearchParams';
    if (items.length === 0) return `${name} {}`;
    const plain = (s) => s.replace(/\u001b\[\d\d?m/g, '');
    const length = items.reduce((n, s) => n + plain(s).length + 2, -2);
    if (length > options.breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
    return `${name} { ${items.join(', ')} }`;
  }

  // Used by URL: ties this object to its URL and replaces the list from a query string.
  static attach(params, url, query) {
    params.#url = url;
    params.#list = query ? parseUrlencoded(query) : [];
  }

  static reset(params, query) {
    params.#list = query ? parseUrlencoded(query) : [];
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: URLSearchParams.prototype.entries,
});
const kEnumerable = { enumerable: true };
orderAndEnumerate(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has',
                                              'set', 'sort', 'entries', 'forEach', 'keys',
                                              'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag,
                      { configurable: true, value: 'URLSearchParams' });
const { attach: attachSearchParams, reset: resetSearchParams } = URLSearchParams;
delete URLSearchParams.attach;
delete URLSearchParams.reset;

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #getList;
  #kind;
  #index = 0;

  constructor(kind, getList) {
    this.#getList = getList;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#kind in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = this.#getList();
    if (this.#index >= list.length) return { value: undefined, done: true };
    const [name, value] = list[this.#index++];
    const result = this.#kind === 'key' ? name : this.#kind === 'value' ? value : [name, value];
    return { value: result, done: false };
  }

  [kInspect](depth, options, inspect) {
    if (typeof this !== 'object' || this === null || !(#kind in this)) return this;
    const inner = { ...options };
    if (depth !== null) inner.depth = depth - 1;
    const rest = this.#getList().slice(this.#index).map(([k, v]) =>
      (this.#kind === 'key' ? k : this.#kind === 'value' ? v : [k, v]));
    const body = inspect(rest, inner).slice(1, -1).trim();
    if (body === '') return 'URLSearchParams Iterator {  }';
    return `URLSearchParams Iterator { ${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
delete URLSearchParamsIterator.prototype.constructor;
Object.defineProperties(URLSearchParamsIterator.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
  next: kEnumerable,
});

// ---- URL ----

// The message V8 gives for a failed private brand check, which is what Node's URL throws.
function throwInvalidURLThis() {
  throw new TypeError('Receiver must be an instance of class URL');
}

function isURLThis(value) {
  return isURLObject(value);
}
let isURLObject;

function parseOrThrow(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicURLParse(toUSVString(base), null);
    if (baseRecord === null) throw new ERR_INVALID_URL(input, `${base}`);
  }
  const record = basicURLParse(input, baseRecord);
  if (record === null) {
    throw new ERR_INVALID_URL(input, base === undefined ? undefined : `${base}`);
  }
  return record;
}

class URL {
  #context;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    this.#context = parseOrThrow(input, base);
  }

  static {
    isURLObject = (value) => value !== null && typeof value === 'object' && #context in value;
    setURLQueryFromParams = (url, serialized) => {
      const ctx = url.#context;
      ctx.query = serialized === '' ? null : serialized;
      if (serialized === '') stripTrailingSpacesFromOpaquePath(ctx);
    };
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicURLParse(toUSVString(base), null);
      if (baseRecord === null) return false;
    }
    return basicURLParse(input, baseRecord) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    const { Blob } = require('buffer');
    if (typeof Blob === 'function' && !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    throw new ERR_NOT_IMPLEMENTED('URL.createObjectURL');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // No object URL can have been created (createObjectURL is not implemented), so there is
    // nothing to revoke; like Node, an unknown URL is ignored.
  }

  get href() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return serializeURL(this.#context);
  }

  set href(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const record = basicURLParse(value, null);
    if (record === null) throw new ERR_INVALID_URL(value);
    this.#context = record;
    if (this.#searchParams !== undefined) resetSearchParams(this.#searchParams, record.query);
  }

  get origin() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return serializeOrigin(this.#context);
  }

  get protocol() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return `${this.#context.scheme}:`;
  }

  set protocol(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    basicURLParse(`${toUSVString(value)}:`, null, this.#context, SCHEME_START);
  }

  get username() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#context.username;
  }

  set username(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.host === null || ctx.host === '' || ctx.scheme === 'file') return;
    ctx.username = percentEncode(value, kUserinfoSet);
  }

  get password() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#context.password;
  }

  set password(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.host === null || ctx.host === '' || ctx.scheme === 'file') return;
    ctx.password = percentEncode(value, kUserinfoSet);
  }

  get host() {
    if (!isURLThis(this)) throwInvalidURLThis();
    const ctx = this.#context;
    if (ctx.host === null) return '';
    return ctx.port === null ? ctx.host : `${ctx.host}:${ctx.port}`;
  }

  set host(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    if (typeof this.#context.path === 'string') return;
    this.#setWith(value, HOST);
  }

  get hostname() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#context.host ?? '';
  }

  set hostname(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    if (typeof this.#context.path === 'string') return;
    this.#setWith(value, HOSTNAME);
  }

  get port() {
    if (!isURLThis(this)) throwInvalidURLThis();
    const port = this.#context.port;
    return port === null ? '' : `${port}`;
  }

  set port(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (ctx.host === null || ctx.host === '' || ctx.scheme === 'file') return;
    if (value === '') {
      ctx.port = null;
      return;
    }
    this.#setWith(value, PORT);
  }

  get pathname() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return serializePath(this.#context);
  }

  set pathname(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (typeof ctx.path === 'string') return;
    const copy = ctx.clone();
    copy.path = [];
    basicURLParse(value, null, copy, PATH_START);
    ctx.path = copy.path;
  }

  get search() {
    if (!isURLThis(this)) throwInvalidURLThis();
    const query = this.#context.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (value === '') {
      ctx.query = null;
      if (this.#searchParams !== undefined) resetSearchParams(this.#searchParams, '');
      stripTrailingSpacesFromOpaquePath(ctx);
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    ctx.query = '';
    basicURLParse(input, null, ctx, QUERY);
    if (this.#searchParams !== undefined) resetSearchParams(this.#searchParams, input);
  }

  get searchParams() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams();
      attachSearchParams(this.#searchParams, this, this.#context.query);
    }
    return this.#searchParams;
  }

  get hash() {
    if (!isURLThis(this)) throwInvalidURLThis();
    const fragment = this.#context.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    const ctx = this.#context;
    if (value === '') {
      ctx.fragment = null;
      stripTrailingSpacesFromOpaquePath(ctx);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    ctx.fragment = '';
    basicURLParse(input, null, ctx, FRAGMENT);
  }

  toString() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return serializeURL(this.#context);
  }

  toJSON() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return serializeURL(this.#context);
  }

  // A setter's state-override parse: it changes the URL in place, and what it changed before a
  // failure (a host before an invalid port) stays, as the URL Standard says.
  #setWith(value, state) {
    basicURLParse(value, null, this.#context, state);
  }

  [kInspect](depth, options, inspect) {
    if (!isURLThis(this)) return this;
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor ?? URL;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (options.showHidden) obj[Symbol('context')] = this.#context;
    // Like Node, the fields are inspected with the caller's options as given (depth restarts).
    return `${ctor.name} ${inspect(obj, options)}`;
  }
}

orderAndEnumerate(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password',
                                  'host', 'hostname', 'port', 'pathname', 'search', 'searchParams',
                                  'hash', 'toJSON']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });
orderAndEnumerate(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);

// ---- Node's helpers ----

// Node's test for "a WHATWG URL or something shaped like one" (not a legacy url.parse result).
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined &&
                 value.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = `${domain}`;
  if (domain === '') return '';
  const record = basicURLParse('ws://x', null);
  if (basicURLParse(domain, null, record, HOSTNAME) === false) return '';
  return record.host ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const ascii = domainToASCII(domain);
  if (ascii === '') return '';
  if (ascii[0] === '[' || !/(^|\.)xn--/i.test(ascii)) return ascii;
  return idna().domainToUnicode(ascii) ?? '';
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) || (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Characters of a file path pathToFileURL escapes before the URL parser sees the path: '%' (the
// parser would keep it), '\\' on POSIX (a file name character there, a separator to the parser),
// tabs and newlines (the parser drops them), and the ones Node escapes besides the path
// percent-encode set: [ ] ^ | ~.
const kPathCharEscapes = {
  __proto__: null,
  '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '[': '%5B', ']': '%5D',
  '^': '%5E', '|': '%7C', '~': '%7E', '?': '%3F', '#': '%23',
};
function encodePathChars(filepath, windows) {
  const pattern = windows ? /[%\n\r\t[\]^|~?#]/g : /[%\\\n\r\t[\]^|~?#]/g;
  return filepath.replace(pattern, (c) => kPathCharEscapes[c]);
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  const path = require('path');
  if (windows && typeof filepath === 'string' && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\resource
    const outURL = new URL('file://');
    const isExtendedUNC = filepath.startsWith('\\\\?\\UNC\\');
    const prefixLength = isExtendedUNC ? 8 : 2;
    const hostnameEndIndex = filepath.indexOf('\\', prefixLength);
    if (hostnameEndIndex === -1) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE('path', filepath,
                                      'Missing UNC resource path');
    }
    if (hostnameEndIndex === 2) {
      const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(prefixLength, hostnameEndIndex);
    outURL.hostname = domainToASCII(hostname);
    outURL.pathname = encodePathChars(filepath.slice(hostnameEndIndex).replace(/\\/g, '/'), true);
    return outURL;
  }
  const { validateString } = require('internal/validators');
  validateString(filepath, 'path');
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2F || (windows && last === 0x5C)) &&
      resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = resolved.replace(/\\/g, '/');
  resolved = encodePathChars(resolved, windows);
  return new URL(`file://${windows ? '/' : ''}${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  // For lib/url.js and other internals.
  basicURLParse,
  serializeURL,
  percentDecode,
  toUSVString,
  kUserinfoSet,
};
