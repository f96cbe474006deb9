'use strict';
// Blob and File (node:buffer, and globals): immutable byte sequences held in memory. The parts a
// Blob is built from are copied once into one Uint8Array; slices share it. `stream()` gives a
// byte ReadableStream (lib/internal/webstreams).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kBlobChunkSize = 65536;
let textEncoder;
let textDecoder;

// The bytes of one part of a Blob's source list.
function partBytes(source, endings) {
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (isArrayBufferView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset,
      source.byteOffset + source.byteLength));
  }
  if (isBlob(source)) return blobBytes(source);
  let text = `${source}`;
  // 'native' line endings are '\n' on this platform: only CRLF and CR change.
  if (endings === 'native') text = text.replace(/\r\n?/g, '\n');
  textEncoder ??= new (require('internal/encoding').TextEncoder)();
  return textEncoder.encode(text);
}

// A content type: lower-cased, or '' when it has a character outside U+0020..U+007E.
function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
}

// Set by Blob's static block: the brand check and the bytes of a Blob.
let isBlob;
let blobBytes;

function concat(parts, total) {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

class Blob {
  #bytes;
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let total = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings);
      parts.push(bytes);
      total += bytes.length;
    }
    this.#bytes = parts.length === 1 ? parts[0] : concat(parts, total);
    this.#type = normalizeType(type);
  }

  static #fromBytes(bytes, type) {
    const blob = new Blob();
    blob.#bytes = bytes;
    blob.#type = type;
    return blob;
  }

  static {
    isBlob = (value) => value != null && typeof value === 'object' && #bytes in value;
    blobBytes = (blob) => blob.#bytes;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#bytes.length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this.#bytes.length;
    const clamp = (value, fallback) => {
      if (value === undefined) return fallback;
      value = Math.trunc(+value) || 0;
      if (value < 0) return Math.max(size + value, 0);
      return Math.min(value, size);
    };
    const from = clamp(start, 0);
    const to = clamp(end, size);
    const span = Math.max(to - from, 0);
    return Blob.#fromBytes(this.#bytes.subarray(from, from + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this.#bytes;
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    // After the bytes, one step later, as in Node.
    return this.arrayBuffer().then((buffer) => {
      textDecoder ??= new (require('internal/encoding').TextDecoder)();
      return textDecoder.decode(buffer);
    });
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new Uint8Array(this.#bytes));
  }

  // A byte ReadableStream of the Blob's bytes, handed out 64 KiB at a time (straight into a BYOB
  // reader's buffer when it brings one). Each chunk is a copy: the Blob stays immutable.
  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const bytes = this.#bytes;
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const request = controller.byobRequest;
        if (offset >= bytes.length) {
          controller.close();
          request?.respond(0);
          return;
        }
        if (request !== null) {
          const view = request.view;
          const n = Math.min(view.byteLength, bytes.length - offset);
          new Uint8Array(view.buffer, view.byteOffset, n).set(bytes.subarray(offset, offset + n));
          offset += n;
          request.respond(n);
        } else {
          const n = Math.min(kBlobChunkSize, bytes.length - offset);
          controller.enqueue(bytes.slice(offset, offset + n));
          offset += n;
        }
        if (offset >= bytes.length) {
          controller.close();
          controller.byobRequest?.respond(0);
        }
      },
    }, { highWaterMark: 0 });
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Node: a number (after conversion) truncated; NaN becomes 0.
      lastModified = +lastModified;
      lastModified = Number.isNaN(lastModified) ? 0 : Math.trunc(lastModified);
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`;
    this.#lastModified = lastModified;
  }

  get name() {
    if (!(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#name;
  }

  get lastModified() {
    if (!(#name in this)) throw new ERR_INVALID_THIS('File');
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, opts)}`;
  }
}

for (const [cls, name, keys] of [
  [Blob, 'Blob', ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']],
  [File, 'File', ['name', 'lastModified']],
]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, value: name, writable: false, enumerable: false, configurable: true,
  });
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(cls.prototype, key);
    desc.enumerable = true;
    Object.defineProperty(cls.prototype, key, desc);
  }
}

// buffer.resolveObjectURL: no object URLs can be made yet (URL.createObjectURL is not
// implemented), so none resolves, which Node answers with undefined.
function resolveObjectURL(url) {
  void `${url}`;
  return undefined;
}

module.exports = { Blob, File, isBlob: (value) => isBlob(value), resolveObjectURL };
