'use strict';
// node:punycode (deprecated, DEP0040) — Punycode, RFC 3492, and the IDNA-style helpers toASCII /
// toUnicode that apply it label by label, with the API and error messages of the punycode.js 2.1.0
// that Node bundles. Written for tide from the RFC.

// --- DEP0040 ---------------------------------------------------------------------------------------
// Node 22 warns when application code loads this module, not when a package under node_modules
// does. Other built-in modules do not use it here, but if one ever did, that is no reason to warn.
function loadedByApplication() {
  const { overrideStackTrace } = require('internal/errors');
  const probe = new Error();
  const limitDesc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const canSetLimit = limitDesc?.writable === true;
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  const keepFrames = (error, callSites) => callSites;
  let frames;
  // Whether the engine formats stacks through errors.js's hook (which honours
  // overrideStackTrace) or V8 calls Error.prepareStackTrace itself, the raw call sites come back.
  overrideStackTrace.set(probe, keepFrames);
  try {
    if (canSetLimit) Error.stackTraceLimit = 100;
    Error.prepareStackTrace = keepFrames;
    Error.captureStackTrace(probe, loadedByApplication);
    frames = probe.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (canSetLimit) Error.stackTraceLimit = savedLimit;
    overrideStackTrace.delete(probe);
  }
  if (!Array.isArray(frames)) return false;

  let sawRequirer = false;
  for (const frame of frames) {
    const file = frame.getFileName?.() ?? '';
    if (file === 'node:punycode' || file === 'node:internal/bootstrap/realm') continue;
    if (file.startsWith('node:')) {
      // The first frame past the built-in loader says who asked: the module loaders act for user
      // code; any other built-in module is an internal use.
      if (!sawRequirer && !file.startsWith('node:internal/modules/') && file !== 'node:module') {
        return false;
      }
      sawRequirer = true;
      continue;
    }
    if (file === '') continue;
    return !/[\\/]node_modules[\\/]/.test(file);
  }
  return false;
}

if (loadedByApplication()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

// --- Bootstring parameters for Punycode (RFC 3492 section 5) ---------------------------------------
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 0x80;
const DELIMITER = 0x2D; // '-'
const MAX_INT = 0x7FFFFFFF; // the RFC's overflow bound: 32-bit signed arithmetic

const messages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};
function fail(kind) {
  throw new RangeError(messages[kind]);
}

// The value of a basic code point used as a digit: a-z/A-Z are 0..25, 0-9 are 26..35; BASE for
// anything else.
function digitOf(code) {
  if (code >= 0x61 && code <= 0x7A) return code - 0x61;
  if (code >= 0x41 && code <= 0x5A) return code - 0x41;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return BASE;
}

// The (lower-case) basic code point for digit 0..35.
function charOfDigit(digit) {
  return digit < 26 ? 0x61 + digit : 0x30 + digit - 26;
}

// The threshold t for position k of a variable-length integer (section 3.3).
function threshold(k, bias) {
  if (k <= bias) return T_MIN;
  if (k >= bias + T_MAX) return T_MAX;
  return k - bias;
}

// Section 3.4.
function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >>> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >>> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

// --- UCS-2 <-> code points ---------------------------------------------------------------------------

// The code points of a string: surrogate pairs are joined, unpaired surrogates kept as they are.
function ucs2decode(string) {
  const points = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const unit = string.charCodeAt(i);
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < len) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        points.push(0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00));
        i++;
        continue;
      }
    }
    points.push(unit);
  }
  return points;
}

// A string from code points (RangeError for a value that is not one).
function ucs2encode(codePoints) {
  const CHUNK = 8192;  // keeps the spread below the engine's argument limit
  if (codePoints.length <= CHUNK) return String.fromCodePoint(...codePoints);
  let out = '';
  for (let i = 0; i < codePoints.length; i += CHUNK) {
    out += String.fromCodePoint(...Array.prototype.slice.call(codePoints, i, i + CHUNK));
  }
  return out;
}

// --- Punycode ----------------------------------------------------------------------------------------

// Section 6.2: Punycode (ASCII) → Unicode string.
function decode(input) {
  const output = [];
  const length = input.length;
  // The basic code points are everything before the last delimiter.
  const basicEnd = Math.max(input.lastIndexOf('-'), 0);
  for (let j = 0; j < basicEnd; j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) fail('notBasic');
    output.push(code);
  }

  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let pos = basicEnd > 0 ? basicEnd + 1 : 0;
  while (pos < length) {
    // One generalized variable-length integer: the delta to add to i.
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= length) fail('invalidInput');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) fail('invalidInput');
      if (digit > Math.floor((MAX_INT - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) fail('overflow');
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > MAX_INT - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i, 0, n);
    i++;
  }
  return ucs2encode(output);
}

// Section 6.3: Unicode string → Punycode (ASCII).
function encode(input) {
  const points = ucs2decode(input);
  let output = '';
  for (const cp of points) {
    if (cp < 0x80) output += String.fromCharCode(cp);
  }
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output += '-';

  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    // The smallest code point not yet handled.
    let m = MAX_INT;
    for (const cp of points) {
      if (cp >= n && cp < m) m = cp;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;

    for (const cp of points) {
      if (cp < n && ++delta > MAX_INT) fail('overflow');
      if (cp !== n) continue;
      // Write delta as a generalized variable-length integer.
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = threshold(k, bias);
        if (q < t) break;
        output += String.fromCharCode(charOfDigit(t + ((q - t) % (BASE - t))));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += String.fromCharCode(charOfDigit(q));
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// --- Domain names and e-mail addresses ------------------------------------------------------------------

const LABEL_SEPARATORS = /[.\u3002\uFF0E\uFF61]/g; // RFC 3490's full stops

// Applies `convert` to each label of a domain; in an e-mail address only the part after the first
// '@' is a domain (and, as in punycode.js, text after a second '@' is dropped).
function mapLabels(domain, convert) {
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(LABEL_SEPARATORS, '.').split('.');
  return prefix + labels.map(convert).join('.');
}

const NON_ASCII = /[^\0-\x7F]/;

function toASCII(input) {
  return mapLabels(input, (label) => (NON_ASCII.test(label) ? `xn--${encode(label)}` : label));
}

function toUnicode(input) {
  return mapLabels(input, (label) => (label.startsWith('xn--') ?
    decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: ucs2decode,
    encode: ucs2encode,
  },
  decode,
  encode,
  toASCII,
  toUnicode,
};
