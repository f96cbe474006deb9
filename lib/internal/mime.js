'use strict';

// util.MIMEType / util.MIMEParams: the WHATWG MIME Sniffing standard's parser and serializer
// ("parse a MIME type", "serialize a MIME type"), with Node's error for input it rejects.

const { ERR_INVALID_MIME_SYNTAX } = require('internal/errors').codes;

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;

// HTTP whitespace: tab, newline, carriage return, space.
const isWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function asciiLower(str) {
  return str.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

function trimWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isWhitespace(str[start])) start++;
  while (end > start && isWhitespace(str[end - 1])) end--;
  return str.slice(start, end);
}

function trimWhitespaceEnd(str) {
  let end = str.length;
  while (end > 0 && isWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

// The index of the first character that is not allowed, or -1.
function invalidIndex(regexp, str) {
  return str.search(regexp);
}

// A parameter value is written as a token when it is one, quoted (with \" and \\) otherwise.
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (!NOT_TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = invalidIndex(NOT_TOKEN, name);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = invalidIndex(NOT_QUOTED_STRING, value);
    if (badValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    }
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out.length > 0) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  // Parameters of a parsed MIME type, from `position` (just after the subtype) on. The parser
  // skips what it cannot use instead of failing. Reached through parseParameters below only.
  static parse(params, str, position) {
    const data = params.#data;
    const length = str.length;
    while (position < length) {
      position++;  // past ';'
      while (position < length && isWhitespace(str[position])) position++;

      let nameEnd = position;
      while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = asciiLower(str.slice(position, nameEnd));
      position = nameEnd;
      if (position < length) {
        if (str[position] === ';') continue;
        position++;  // past '='
      }
      if (position >= length) break;

      let value;
      if (str[position] === '"') {
        // A quoted string: backslash escapes the next character; what follows the closing
        // quote up to ';' is ignored.
        value = '';
        position++;
        while (true) {
          while (position < length && str[position] !== '"' && str[position] !== '\\') {
            value += str[position++];
          }
          if (position >= length) break;
          const c = str[position++];
          if (c === '\\') {
            if (position >= length) {
              value += '\\';
              break;
            }
            value += str[position++];
          } else {
            break;
          }
        }
        while (position < length && str[position] !== ';') position++;
      } else {
        let valueEnd = str.indexOf(';', position);
        if (valueEnd === -1) valueEnd = length;
        value = trimWhitespaceEnd(str.slice(position, valueEnd));
        position = valueEnd;
        if (value === '') continue;
      }

      if (name !== '' && !NOT_TOKEN.test(name) && !NOT_QUOTED_STRING.test(value) &&
          !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

const parseParameters = MIMEParams.parse;
delete MIMEParams.parse;

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEParams.prototype.entries,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEParams.prototype.toString,
});

const paramsToString = MIMEParams.prototype.toString;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = trimWhitespace(`${string}`);

    const slash = string.indexOf('/');
    const type = slash === -1 ? string : string.slice(0, slash);
    const badType = invalidIndex(NOT_TOKEN, type);
    if (type === '' || slash === -1 || badType !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('type', string, badType);
    }

    let position = slash + 1;
    let subtypeEnd = string.indexOf(';', position);
    if (subtypeEnd === -1) subtypeEnd = string.length;
    const subtype = trimWhitespaceEnd(string.slice(position, subtypeEnd));
    const badSubtype = invalidIndex(NOT_TOKEN, subtype);
    if (subtype === '' || badSubtype !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', string, badSubtype);
    }
    position = subtypeEnd;

    this.#type = asciiLower(type);
    this.#subtype = asciiLower(subtype);
    this.#params = new MIMEParams();
    parseParameters(this.#params, string, position);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const bad = invalidIndex(NOT_TOKEN, value);
    if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', value, bad);
    this.#type = asciiLower(value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const bad = invalidIndex(NOT_TOKEN, value);
    if (value.length === 0 || bad !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('subtype', value, bad);
    }
    this.#subtype = asciiLower(value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = Reflect.apply(paramsToString, this.#params, []);
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }
}

Object.defineProperty(MIMEType.prototype, 'toJSON', {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEType.prototype.toString,
});

module.exports = { MIMEParams, MIMEType };
