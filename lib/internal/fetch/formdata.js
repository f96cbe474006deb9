'use strict';
// FormData (XMLHttpRequest Standard): an ordered list of (name, string | File) entries, and its
// multipart/form-data encoding (RFC 7578) and parsing for fetch bodies.

const { Blob, File, isBlob } = require('internal/blob');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEntries = Symbol('kEntries');

function checkFormData(self) {
  if (self == null || typeof self !== 'object' || !(kEntries in self)) {
    throw new TypeError('Illegal invocation');
  }
}

function toUSVString(value) {
  return `${value}`.toWellFormed?.() ?? `${value}`.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function makeEntry(name, value, filename, method, argc) {
  name = toUSVString(name);
  if (isBlob(value)) {
    if (!(value instanceof File) || filename !== undefined) {
      value = new File([value], filename !== undefined ? toUSVString(filename) :
        (value instanceof File ? value.name : 'blob'), { type: value.type });
    }
    return [name, value];
  }
  if (argc > 2) {
    throw new TypeError(`FormData.${method}: Failed to execute '${method}' on 'FormData': ` +
                        "parameter 2 is not of type 'Blob'");
  }
  return [name, toUSVString(value)];
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: " +
                          'undefined.');
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkFormData(this);
    if (arguments.length < 2) {
      throw new TypeError(`FormData.append: 2 arguments required, but only ${arguments.length} ` +
                          'present.');
    }
    this[kEntries].push(makeEntry(name, value, filename, 'append', arguments.length));
  }

  delete(name) {
    checkFormData(this);
    name = toUSVString(name);
    this[kEntries] = this[kEntries].filter((entry) => entry[0] !== name);
  }

  get(name) {
    checkFormData(this);
    name = toUSVString(name);
    const entry = this[kEntries].find((e) => e[0] === name);
    return entry === undefined ? null : entry[1];
  }

  getAll(name) {
    checkFormData(this);
    name = toUSVString(name);
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkFormData(this);
    name = toUSVString(name);
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkFormData(this);
    if (arguments.length < 2) {
      throw new TypeError(`FormData.set: 2 arguments required, but only ${arguments.length} ` +
                          'present.');
    }
    const entry = makeEntry(name, value, filename, 'set', arguments.length);
    const list = this[kEntries];
    const index = list.findIndex((e) => e[0] === entry[0]);
    if (index === -1) {
      list.push(entry);
      return;
    }
    list[index] = entry;
    this[kEntries] = list.filter((e, i) => i <= index || e[0] !== entry[0]);
  }

  forEach(callback, thisArg = undefined) {
    checkFormData(this);
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of this[kEntries].slice()) callback.call(thisArg, value, name, this);
  }

  * entries() {
    checkFormData(this);
    for (let i = 0; i < this[kEntries].length; i++) {
      const [name, value] = this[kEntries][i];
      yield [name, value];
    }
  }

  * keys() {
    for (const [name] of this.entries()) yield name;
  }

  * values() {
    for (const [, value] of this.entries()) yield value;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const inspect = require('internal/util/inspect').inspect;
    const fields = {};
    for (const [name, value] of this[kEntries]) {
      if (Object.prototype.hasOwnProperty.call(fields, name)) {
        if (Array.isArray(fields[name])) fields[name].push(value);
        else fields[name] = [fields[name], value];
      } else {
        fields[name] = value;
      }
    }
    return `FormData ${inspect(fields, { ...options, depth: options.depth == null ? null :
      options.depth - 1 })}`;
  }
}

Object.defineProperty(FormData.prototype, Symbol.iterator, {
  __proto__: null, value: FormData.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(FormData.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'FormData', configurable: true,
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach', 'entries',
                    'keys', 'values']) {
  const desc = Object.getOwnPropertyDescriptor(FormData.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(FormData.prototype, name, desc);
}

function isFormData(value) {
  return value != null && typeof value === 'object' && kEntries in value;
}

// multipart/form-data: names and filenames escaped as the HTML standard says (", CR, LF), string
// values with their line breaks normalized to CRLF.
function escapeName(name) {
  return name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
}

function encodeMultipart(formData) {
  const boundary = `----formdata-tide-${`${Math.random()}`.slice(2, 13).padStart(11, '0')}`;
  const encoder = new TextEncoder();
  const parts = [];
  for (const [name, value] of formData[kEntries]) {
    if (typeof value === 'string') {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="${escapeName(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="${escapeName(name)}"; filename="${escapeName(value.name)}"\r\n` +
        `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(value);
      parts.push(encoder.encode('\r\n'));
    }
  }
  parts.push(encoder.encode(`--${boundary}--\r\n`));
  return { blob: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function indexOf(bytes, needle, from) {
  outer: for (let i = from; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

// Parses a multipart/form-data body; throws a TypeError when it is malformed.
function parseMultipart(bytes, boundary) {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const delimiter = encoder.encode(`--${boundary}`);
  const formData = new FormData();
  const fail = () => {
    throw new TypeError('Failed to parse body as FormData.');
  };
  let position = indexOf(bytes, delimiter, 0);
  if (position === -1) fail();
  for (;;) {
    position += delimiter.length;
    if (bytes[position] === 0x2D && bytes[position + 1] === 0x2D) break;  // "--": the end
    if (bytes[position] !== 0x0D || bytes[position + 1] !== 0x0A) fail();
    position += 2;
    const headerEnd = indexOf(bytes, encoder.encode('\r\n\r\n'), position);
    if (headerEnd === -1) fail();
    const headerText = decoder.decode(bytes.subarray(position, headerEnd));
    let name = null;
    let filename = null;
    let contentType = '';
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon === -1) fail();
      const field = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (field === 'content-disposition') {
        const nameMatch = /(?:^|;)\s*name="([^"]*)"/i.exec(value);
        const fileMatch = /;\s*filename="([^"]*)"/i.exec(value);
        if (nameMatch) name = nameMatch[1];
        if (fileMatch) filename = fileMatch[1];
      } else if (field === 'content-type') {
        contentType = value;
      }
    }
    if (name === null) fail();
    const bodyStart = headerEnd + 4;
    const next = indexOf(bytes, encoder.encode(`\r\n--${boundary}`), bodyStart);
    if (next === -1) fail();
    const content = bytes.slice(bodyStart, next);
    if (filename !== null) {
      formData.append(name, new File([content], filename, { type: contentType }));
    } else {
      formData.append(name, decoder.decode(content));
    }
    position = next + 2;
  }
  return formData;
}

module.exports = { FormData, isFormData, encodeMultipart, parseMultipart };
