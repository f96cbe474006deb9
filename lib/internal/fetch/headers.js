'use strict';
// Headers (WHATWG Fetch Standard): a header list of lower-cased names with values kept in order,
// combined with ", " when read (set-cookie values stay separate when iterating), iterated sorted.
// A guard makes the headers of Response.error()/redirect() and of fetched responses immutable.
// Messages are undici's (Node's fetch), which Node users see.

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kHeaderList = Symbol('kHeaderList');
const kGuard = Symbol('kGuard');

// RFC 9110 token characters.
const tokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// A header value after normalization may not contain NUL, CR or LF.
const invalidValueRegExp = /[\0\r\n]/;
const leadingTrailingWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function isValidHeaderName(name) {
  return tokenRegExp.test(name);
}

function normalizeValue(value) {
  return value.replace(leadingTrailingWhitespace, '');
}

// WebIDL ByteString: every code unit must fit in a byte.
function toByteString(value, context) {
  const string = `${value}`;
  for (let i = 0; i < string.length; i++) {
    if (string.charCodeAt(i) > 255) {
      throw new TypeError(`${context}: Cannot convert argument to a ByteString because the ` +
                          `character at index ${i} has a value of ${string.charCodeAt(i)} ` +
                          'which is greater than 255.');
    }
  }
  return string;
}

function checkHeaders(self) {
  if (self == null || typeof self !== 'object' || !(kHeaderList in self)) {
    throw new TypeError('Illegal invocation');
  }
}

class Headers {
  constructor(init = undefined) {
    this[kHeaderList] = [];
    this[kGuard] = 'none';
    if (init !== undefined) fillHeaders(this, init);
  }

  append(name, value) {
    checkHeaders(this);
    if (arguments.length < 2) {
      throw new TypeError('Headers.append: 2 arguments required, but only ' +
                          `${arguments.length} present.`);
    }
    appendHeader(this, toByteString(name, 'Headers.append'),
                 toByteString(value, 'Headers.append'));
  }

  delete(name) {
    checkHeaders(this);
    name = toByteString(name, 'Headers.delete');
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.delete: "${name}" is an invalid header name.`);
    }
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const lower = name.toLowerCase();
    this[kHeaderList] = this[kHeaderList].filter((entry) => entry[0] !== lower);
  }

  get(name) {
    checkHeaders(this);
    name = toByteString(name, 'Headers.get');
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.get: "${name}" is an invalid header name.`);
    }
    return getHeader(this, name.toLowerCase());
  }

  getSetCookie() {
    checkHeaders(this);
    return this[kHeaderList].filter((entry) => entry[0] === 'set-cookie')
      .map((entry) => entry[1]);
  }

  has(name) {
    checkHeaders(this);
    name = toByteString(name, 'Headers.has');
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.has: "${name}" is an invalid header name.`);
    }
    const lower = name.toLowerCase();
    return this[kHeaderList].some((entry) => entry[0] === lower);
  }

  set(name, value) {
    checkHeaders(this);
    name = toByteString(name, 'Headers.set');
    value = normalizeValue(toByteString(value, 'Headers.set'));
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Headers.set: "${name}" is an invalid header name.`);
    }
    if (invalidValueRegExp.test(value)) {
      throw new TypeError(`Headers.set: "${value}" is an invalid header value.`);
    }
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    setHeader(this, name.toLowerCase(), value);
  }

  forEach(callback, thisArg = undefined) {
    checkHeaders(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of sortedEntries(this)) {
      callback.call(thisArg, value, name, this);
    }
  }

  * entries() {
    checkHeaders(this);
    yield* sortedEntries(this);
  }

  * keys() {
    checkHeaders(this);
    for (const [name] of sortedEntries(this)) yield name;
  }

  * values() {
    checkHeaders(this);
    for (const [, value] of sortedEntries(this)) yield value;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    const fields = {};
    for (const [name, value] of this[kHeaderList]) {
      const key = Object.keys(fields).find((k) => k.toLowerCase() === name);
      if (key !== undefined) fields[key] += `, ${value}`;
      else fields[name] = value;
    }
    return `Headers ${inspect(fields, { ...options, depth: options.depth == null ? null :
      options.depth - 1 })}`;
  }
}

Object.defineProperty(Headers.prototype, Symbol.iterator, {
  __proto__: null, value: Headers.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(Headers.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Headers', configurable: true,
});
for (const name of ['append', 'delete', 'get', 'getSetCookie', 'has', 'set', 'forEach', 'entries',
                    'keys', 'values']) {
  const desc = Object.getOwnPropertyDescriptor(Headers.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(Headers.prototype, name, desc);
}

function appendHeader(headers, name, value) {
  value = normalizeValue(value);
  if (!isValidHeaderName(name)) {
    throw new TypeError(`Headers.append: "${name}" is an invalid header name.`);
  }
  if (invalidValueRegExp.test(value)) {
    throw new TypeError(`Headers.append: "${value}" is an invalid header value.`);
  }
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
  headers[kHeaderList].push([name.toLowerCase(), value]);
}

function setHeader(headers, lower, value) {
  const list = headers[kHeaderList];
  const index = list.findIndex((entry) => entry[0] === lower);
  if (index === -1) {
    list.push([lower, value]);
    return;
  }
  list[index][1] = value;
  headers[kHeaderList] = list.filter((entry, i) => i <= index || entry[0] !== lower);
}

function getHeader(headers, lower) {
  const values = [];
  for (const [name, value] of headers[kHeaderList]) {
    if (name === lower) values.push(value);
  }
  return values.length === 0 ? null : values.join(', ');
}

function sortedEntries(headers) {
  const names = [...new Set(headers[kHeaderList].map((entry) => entry[0]))].sort();
  const result = [];
  for (const name of names) {
    if (name === 'set-cookie') {
      for (const [n, value] of headers[kHeaderList]) if (n === name) result.push([name, value]);
    } else {
      result.push([name, getHeader(headers, name)]);
    }
  }
  return result;
}

function fillHeaders(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            'found 0.');
      }
      const entry = [...pair];
      if (entry.length !== 2) {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            `found ${entry.length}.`);
      }
      appendHeader(headers, toByteString(entry[0], 'Headers constructor'),
                   toByteString(entry[1], 'Headers constructor'));
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') {
      throw new TypeError('Headers constructor: Key Symbol() in init is a symbol, which cannot ' +
                          'be converted to a ByteString.');
    }
    appendHeader(headers, toByteString(key, 'Headers constructor'),
                 toByteString(init[key], 'Headers constructor'));
  }
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// Name/value pairs as an http request wants them (set-cookie kept apart).
function headerListEntries(headers) {
  return headers[kHeaderList].map((entry) => [entry[0], entry[1]]);
}

module.exports = {
  Headers,
  fillHeaders,
  setGuard,
  getGuard: (headers) => headers[kGuard],
  getHeader: (headers, lower) => getHeader(headers, lower),
  setHeader: (headers, lower, value) => setHeader(headers, lower, value),
  appendHeader,
  headerListEntries,
  isValidHeaderName,
  tokenRegExp,
};
