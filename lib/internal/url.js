'use strict';
// The WHATWG URL Standard's URL and URLSearchParams classes and Node's file: URL helpers. The
// parser, host parser and serializer, and the form (urlencoded) coding, are C++
// (src/bindings/url.cc, internalBinding('url')): a URL here is its href plus the offsets of its
// components, so getters are substrings and setters call back into the parser.

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
function urlBinding() {
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

// ---- the parser (C++) ----

// internalBinding('url').parse(input, base, offsets) runs the URL Standard's basic URL parser and
// answers the serialized URL (the href, always ASCII) or undefined for failure, with the offsets of
// the components in the href written to `offsets`. update(href, action, value, offsets) runs a
// setter. The indexes of `offsets`:
const kProtocolEnd = 0; // after the ':'
const kUsernameEnd = 1; // the username is [protocolEnd + 2, usernameEnd)
const kHostStart = 2; // the password is [usernameEnd + 1, hostStart - 1)
const kHostEnd = 3;
const kPortEnd = 4; // the port is [hostEnd + 1, portEnd) when portEnd > hostEnd
const kPathStart = 5;
const kSearchStart = 6; // the '?' (or the end of the path)
const kHashStart = 7; // the '#' (or the end of the href)
const kFlags = 8;
const kPortValue = 9;
const kOffsetCount = 10;
// Bits of offsets[kFlags].
const kHasHost = 1;
const kOpaquePath = 2;
const kHasQuery = 4;
const kHasFragment = 8;
const kSetterFailed = 1 << 16;
// update()'s actions.
const kSetProtocol = 1;
const kSetUsername = 2;
const kSetPassword = 3;
const kSetHost = 4;
const kSetHostname = 5;
const kSetPort = 6;
const kSetPathname = 7;
const kSetSearch = 8;
const kSetHash = 9;
const kSetQueryFromParams = 10;

let offsets;
let parseBinding;
let updateBinding;
let canParseBinding;
function initBinding() {
  const b = urlBinding();
  offsets = new Uint32Array(kOffsetCount);
  parseBinding = b.parse;
  updateBinding = b.update;
  canParseBinding = b.canParse;
}

// The href of `input` parsed against `base` (a string or undefined), or undefined; the offsets
// are left in `offsets`.
function parseHref(input, base) {
  if (offsets === undefined) initBinding();
  return parseBinding(input, base, offsets);
}

// A URL record for lib/url.js (url.format of a WHATWG URL): the components of `input`'s parse,
// or null. The path is kept serialized.
function basicURLParse(input, base = null) {
  if (base !== null) throw new ERR_NOT_IMPLEMENTED('basicURLParse with a base');
  const href = parseHref(`${input}`, undefined);
  if (href === undefined) return null;
  const o = offsets;
  const flags = o[kFlags];
  const hasHost = (flags & kHasHost) !== 0;
  return {
    scheme: href.slice(0, o[kProtocolEnd] - 1),
    username: hasHost ? href.slice(o[kProtocolEnd] + 2, o[kUsernameEnd]) : '',
    password: hasHost ? href.slice(o[kUsernameEnd] + 1, o[kHostStart] - 1) : '',
    host: hasHost ? href.slice(o[kHostStart], o[kHostEnd]) : null,
    port: o[kPortValue] === 0xFFFFFFFF ? null : o[kPortValue],
    path: href.slice(o[kPathStart], o[kSearchStart]),
    opaquePath: (flags & kOpaquePath) !== 0,
    query: (flags & kHasQuery) !== 0 ? href.slice(o[kSearchStart] + 1, o[kHashStart]) : null,
    fragment: (flags & kHasFragment) !== 0 ? href.slice(o[kHashStart] + 1) : null,
  };
}

// Serializes a record of basicURLParse's shape.
function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!url.opaquePath && url.path.startsWith('//')) {
    out += '/.';
  }
  out += url.path;
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

// ---- application/x-www-form-urlencoded ----

// application/x-www-form-urlencoded parsing and serializing run in C++ (internalBinding('url')
// parseForm and serializeForm); the names and values are USVStrings here.
function parseUrlencoded(input) {
  if (input === '') return [];
  return urlBinding().parseForm(input);
}

let formLengths = new Uint32Array(64);
function serializeUrlencoded(list) {
  const count = list.length * 2;
  if (count === 0) return '';
  if (formLengths.length < count) formLengths = new Uint32Array(count * 2);
  const lengths = formLengths;
  let all = '';
  for (let i = 0; i < list.length; i++) {
    const pair = list[i];
    all += pair[0];
    all += pair[1];
    lengths[2 * i] = pair[0].length;
    lengths[2 * i + 1] = pair[1].length;
  }
  return urlBinding().serializeForm(all, lengths, count);
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

// What util.inspect shows of a URL's internals with showHidden.
class URLContext {}

// The message V8 gives for a failed private brand check, which is what Node's URL throws.
function throwInvalidURLThis() {
  throw new TypeError('Receiver must be an instance of class URL');
}

function isURLThis(value) {
  return isURLObject(value);
}
let isURLObject;

// Node's error for an invalid URL: `input` and `base` as the parser saw them (USVStrings).
function invalidURL(input, base) {
  return new ERR_INVALID_URL(toUSVString(input), base === undefined ? base : toUSVString(base));
}

class URL {
  // The serialized URL and where its components are in it (see the offsets above).
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #portEnd = 0;
  #pathStart = 0;
  #searchStart = 0;
  #hashStart = 0;
  #flags = 0;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = parseHref(input, base);
    if (href === undefined) throw invalidURL(input, base);
    this.#set(href);
  }

  #set(href) {
    const o = offsets;
    this.#href = href;
    this.#protocolEnd = o[kProtocolEnd];
    this.#usernameEnd = o[kUsernameEnd];
    this.#hostStart = o[kHostStart];
    this.#hostEnd = o[kHostEnd];
    this.#portEnd = o[kPortEnd];
    this.#pathStart = o[kPathStart];
    this.#searchStart = o[kSearchStart];
    this.#hashStart = o[kHashStart];
    this.#flags = o[kFlags];
  }

  // Runs a setter in C++ and takes the new href; answers whether the setter's parse succeeded.
  #update(action, value) {
    if (offsets === undefined) initBinding();
    const o = offsets;
    o[kProtocolEnd] = this.#protocolEnd;
    o[kUsernameEnd] = this.#usernameEnd;
    o[kHostStart] = this.#hostStart;
    o[kHostEnd] = this.#hostEnd;
    o[kPortEnd] = this.#portEnd;
    o[kPathStart] = this.#pathStart;
    o[kSearchStart] = this.#searchStart;
    o[kHashStart] = this.#hashStart;
    o[kFlags] = this.#flags;
    this.#set(updateBinding(this.#href, action, value, o));
    return (this.#flags & kSetterFailed) === 0;
  }

  #query() {
    return (this.#flags & kHasQuery) !== 0 ?
      this.#href.slice(this.#searchStart + 1, this.#hashStart) : '';
  }

  static {
    isURLObject = (value) => value !== null && typeof value === 'object' && #href in value;
    setURLQueryFromParams = (url, serialized) => {
      url.#update(kSetQueryFromParams, serialized);
    };
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    if (offsets === undefined) initBinding();
    return canParseBinding(input, base);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    if (parseHref(input, base) === undefined) return null;
    return new URL(input, base);
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
    return this.#href;
  }

  set href(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = `${value}`;
    const href = parseHref(value, undefined);
    if (href === undefined) throw invalidURL(value);
    this.#set(href);
    if (this.#searchParams !== undefined) resetSearchParams(this.#searchParams, this.#query());
  }

  get origin() {
    if (!isURLThis(this)) throwInvalidURLThis();
    const href = this.#href;
    const protocol = href.slice(0, this.#protocolEnd);
    switch (protocol) {
      case 'blob:': {
        const inner = parseHref(href.slice(this.#pathStart, this.#searchStart), undefined);
        if (inner === undefined) return 'null';
        const o = offsets;
        const scheme = inner.slice(0, o[kProtocolEnd]);
        if (scheme !== 'http:' && scheme !== 'https:') return 'null';
        return `${scheme}//${inner.slice(o[kHostStart], o[kPortEnd])}`;
      }
      case 'ftp:': case 'http:': case 'https:': case 'ws:': case 'wss:':
        return `${protocol}//${href.slice(this.#hostStart, this.#portEnd)}`;
      default:
        return 'null';
    }
  }

  get protocol() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetProtocol, `${value}`);
  }

  get username() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if ((this.#flags & kHasHost) === 0) return '';
    return this.#href.slice(this.#protocolEnd + 2, this.#usernameEnd);
  }

  set username(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetUsername, `${value}`);
  }

  get password() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#hostStart - this.#usernameEnd < 2) return '';
    return this.#href.slice(this.#usernameEnd + 1, this.#hostStart - 1);
  }

  set password(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetPassword, `${value}`);
  }

  get host() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href.slice(this.#hostStart, this.#portEnd);
  }

  set host(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetHost, `${value}`);
  }

  get hostname() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href.slice(this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetHostname, `${value}`);
  }

  get port() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#portEnd === this.#hostEnd) return '';
    return this.#href.slice(this.#hostEnd + 1, this.#portEnd);
  }

  set port(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetPort, `${value}`);
  }

  get pathname() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href.slice(this.#pathStart, this.#searchStart);
  }

  set pathname(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetPathname, `${value}`);
  }

  get search() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#hashStart - this.#searchStart < 2) return '';
    return this.#href.slice(this.#searchStart, this.#hashStart);
  }

  set search(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    value = toUSVString(value);
    this.#update(kSetSearch, value);
    if (this.#searchParams !== undefined) {
      resetSearchParams(this.#searchParams, value[0] === '?' ? value.slice(1) : value);
    }
  }

  get searchParams() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams();
      attachSearchParams(this.#searchParams, this, this.#query());
    }
    return this.#searchParams;
  }

  get hash() {
    if (!isURLThis(this)) throwInvalidURLThis();
    if (this.#href.length - this.#hashStart < 2) return '';
    return this.#href.slice(this.#hashStart);
  }

  set hash(value) {
    if (!isURLThis(this)) throwInvalidURLThis();
    this.#update(kSetHash, `${value}`);
  }

  toString() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href;
  }

  toJSON() {
    if (!isURLThis(this)) throwInvalidURLThis();
    return this.#href;
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
    if (options.showHidden) {
      // The parser's view of the URL, shaped like Node's URLContext: the href and where its
      // components are (0xFFFFFFFF for an absent search, hash or port). tide's host_start is
      // the host's first character (ada's is the '@' or the "//").
      const context = new URLContext();
      context.href = this.#href;
      context.protocol_end = this.#protocolEnd;
      context.username_end = this.#usernameEnd;
      context.host_start = this.#hostStart;
      context.host_end = this.#hostEnd;
      context.pathname_start = this.#pathStart;
      context.search_start = (this.#flags & kHasQuery) !== 0 ? this.#searchStart : 0xFFFFFFFF;
      context.hash_start = (this.#flags & kHasFragment) !== 0 ? this.#hashStart : 0xFFFFFFFF;
      context.port = this.#portEnd > this.#hostEnd ?
        Number(this.#href.slice(this.#hostEnd + 1, this.#portEnd)) : 0xFFFFFFFF;
      obj[Symbol('context')] = context;
    }
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
  // The hostname setter's parse on a special URL, as Node does it.
  if (offsets === undefined) initBinding();
  offsets.fill(0); // not a parse's offsets: update() parses 'ws://x/' itself
  const href = updateBinding('ws://x/', kSetHostname, domain, offsets);
  if ((offsets[kFlags] & kSetterFailed) !== 0) return '';
  return href.slice(offsets[kHostStart], offsets[kHostEnd]);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const ascii = domainToASCII(domain);
  if (ascii === '') return '';
  if (ascii[0] === '[' || !/(^|\.)xn--/i.test(ascii)) return ascii;
  return urlBinding().domainToUnicode(ascii) ?? '';
}

const kEncodedSlash = /%2f/i;
const kEncodedSlashOrBackslash = /%2f|%5c/i;

function getPathFromURLPosix(hostname, pathname) {
  if (hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  if (!pathname.includes('%')) return pathname;
  if (kEncodedSlash.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(hostname, pathname) {
  if (pathname.includes('%') && kEncodedSlashOrBackslash.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
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
  const { hostname, pathname } = fileURLParts(path);
  return windows ? getPathFromURLWin32(hostname, pathname) :
    getPathFromURLPosix(hostname, pathname);
}

// url.fileURLToPathBuffer(): the path as bytes, so percent-escapes that are no UTF-8 survive.
function fileURLToPathBuffer(path, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  const { Buffer } = require('buffer');
  const { hostname, pathname } = fileURLParts(path);
  if (windows) return Buffer.from(getPathFromURLWin32(hostname, pathname));
  if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  if (kEncodedSlash.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  // The pathname is ASCII (the parser escaped the rest): decode %XX into bytes.
  const bytes = Buffer.allocUnsafe(pathname.length);
  let length = 0;
  for (let i = 0; i < pathname.length; i++) {
    const hex = pathname[i] === '%' ? pathname.slice(i + 1, i + 3) : '';
    if (hex.length === 2 && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      i += 2;
    } else {
      bytes[length++] = pathname.charCodeAt(i);
    }
  }
  return bytes.subarray(0, length);
}

// A file: URL's hostname and pathname, from a string or a URL.
function fileURLParts(path) {
  let hostname;
  let pathname;
  if (typeof path === 'string') {
    // No URL object: the components come straight from the parser's offsets.
    const href = parseHref(path, undefined);
    if (href === undefined) throw invalidURL(path);
    const o = offsets;
    if (o[kProtocolEnd] !== 5 || !href.startsWith('file:')) {
      throw new ERR_INVALID_URL_SCHEME('file');
    }
    hostname = href.slice(o[kHostStart], o[kHostEnd]);
    pathname = href.slice(o[kPathStart], o[kSearchStart]);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  } else {
    if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
    hostname = path.hostname;
    pathname = path.pathname;
  }
  return { hostname, pathname };
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
  // A Windows path is 'C:/…' (or '/…' when it has no drive), a POSIX one '/…'.
  return new URL(`file://${windows && resolved[0] !== '/' ? '/' : ''}${resolved}`);
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
  fileURLToPathBuffer,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  // For lib/url.js and other internals.
  basicURLParse,
  serializeURL,
  toUSVString,
};
