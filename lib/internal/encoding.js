'use strict';

// TextEncoder and TextDecoder (the WHATWG Encoding Standard, encoding.spec.whatwg.org) with Node's
// argument checks and errors. The bytes are handled by internalBinding('encoding'), in C++: UTF-8,
// UTF-16LE/BE and windows-1252 by tide's own codecs, with a stream's decoder state kept in a small
// Uint32Array per TextDecoder; the legacy encodings (Shift_JIS, GBK, ISO-8859-x, ...) by ICU.

const {
  ObjectDefineProperties,
  StringPrototypeReplace,
  StringPrototypeToLowerCase,
  SymbolToStringTag,
  Uint32Array,
  Uint8Array,
} = primordials;

const {
  ERR_ENCODING_NOT_SUPPORTED,
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
} = require('internal/errors').codes;
const { validateString } = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isUint8Array,
} = require('internal/util/types');

const binding = internalBinding('encoding');
const {
  encodeInto,
  encodeUtf8String,
  decode: decodeBytes,
  decodeIcu,
  icuConverter,
  kUtf8, kUtf16le, kUtf16be, kWindows1252,
  kFatal, kIgnoreBOM, kStream,
} = binding;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let lazyInspectFn;
function inspect(value, options) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, options);
}

// WHATWG labels -> encoding names (encoding.spec.whatwg.org/#names-and-labels). TextDecoder decodes
// those in kDecoders itself and the others through ICU, as Node does; an encoding ICU does not
// have is ERR_ENCODING_NOT_SUPPORTED.
const kLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592',
    'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593',
    'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594',
    'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
    'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic',
    'ecma-114', 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6',
    'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
    'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
    'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6',
    'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599',
    'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
    'iso-ir-58', 'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j',
    'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
    'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le'],
};
const labelToEncoding = new Map();
for (const name of Object.keys(kLabels)) {
  for (const label of kLabels[name]) labelToEncoding.set(label, name);
}

// Encodings the binding decodes without ICU -> its id for them.
const kDecoders = new Map([
  ['utf-8', kUtf8],
  ['utf-16le', kUtf16le],
  ['utf-16be', kUtf16be],
  ['windows-1252', kWindows1252],
]);

// The label's encoding name, or undefined: leading and trailing ASCII whitespace is ignored and
// ASCII letters match in either case (String.prototype.trim and toLowerCase would do more).
function getEncodingFromLabel(label) {
  const exact = labelToEncoding.get(label);
  if (exact !== undefined) return exact;
  const trimmed = StringPrototypeReplace(label, /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const lowered = StringPrototypeReplace(trimmed, /[A-Z]+/g, StringPrototypeToLowerCase);
  return labelToEncoding.get(lowered);
}

function constructorName(self, fallback) {
  const ctor = self.constructor;
  return typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ?
    ctor.name : fallback;
}

// What util.inspect shows for a codec nested deeper than `depth`: `[TextDecoder]`, as in Node.
function beyondDepth(self, fallback, options) {
  const text = `[${constructorName(self, fallback)}]`;
  return typeof options?.stylize === 'function' ? options.stylize(text, 'special') : text;
}

// encodeInto()'s [read, written], filled by the binding.
const encodeIntoResults = new Uint32Array(2);

class TextEncoder {
  #brand = true;

  static #check(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') ||
        !(#brand in self)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return encodeUtf8String(`${input}`);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') validateString(src, 'src');  // throws Node's error
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  // Node prints a TextEncoder as `{ encoding: 'utf-8' }`.
  [customInspectSymbol](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return beyondDepth(this, 'TextEncoder', options);
    return inspect({ encoding: this.encoding }, options);
  }
}

ObjectDefineProperties(TextEncoder.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  [customInspectSymbol]: { __proto__: null, enumerable: false },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

const kEmpty = new Uint8Array(0);

class TextDecoder {
  #encoding;
  #id;
  #flags;
  // Set on the first { stream: true } call: the binding keeps an incomplete sequence and whether
  // the BOM was seen here between calls.
  #state;
  // The ICU converter of a legacy encoding (which also holds its stream state).
  #icu;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    let flags = 0;
    if (options !== null) {
      if (options.fatal) flags |= kFatal;
      if (options.ignoreBOM) flags |= kIgnoreBOM;
    }
    const id = kDecoders.get(name);
    if (id === undefined) {
      this.#icu = icuConverter(name, (flags & kFatal) !== 0);
      if (this.#icu === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    }
    this.#encoding = name;
    this.#id = id;
    this.#flags = flags;
  }

  static #check(self) {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function') ||
        !(#flags in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  decode(input = kEmpty, options = undefined) {
    TextDecoder.#check(this);
    if (!isArrayBufferView(input) && !isAnyArrayBuffer(input)) {
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    }
    // Like Node, anything without a truthy `stream` (even a non-object) means "not streaming".
    const stream = options != null && Boolean(options.stream);
    if (this.#icu !== undefined) {
      return decodeIcu(this.#icu, input, stream ? kStream : 0, this.#encoding);
    }
    if (stream) {
      this.#state ??= new Uint32Array(2);
      return decodeBytes(input, this.#id, this.#flags | kStream, this.#state);
    }
    // The end of a stream, or a whole input at once: the binding flushes and resets the state.
    return decodeBytes(input, this.#id, this.#flags, this.#state);
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return (this.#flags & kFatal) !== 0;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return (this.#flags & kIgnoreBOM) !== 0;
  }

  [customInspectSymbol](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return beyondDepth(this, 'TextDecoder', options);
    const name = constructorName(this, 'TextDecoder');
    const fields = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${name} ${inspect(fields)}`;
  }
}

ObjectDefineProperties(TextDecoder.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [customInspectSymbol]: { __proto__: null, enumerable: false },
  [SymbolToStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
