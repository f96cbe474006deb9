'use strict';
// The Fetch Standard's body: "extract a body" from a BodyInit (string, BufferSource, Blob,
// URLSearchParams, FormData, ReadableStream, or — as undici allows — an async iterable), and the
// Body mixin's readers (arrayBuffer, blob, bytes, formData, json, text) over a body's stream.

const { Blob, isBlob } = require('internal/blob');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const {
  ReadableStream,
  isReadableStream,
  readableStreamTee,
} = require('internal/webstreams/readablestream');
const { kState } = require('internal/webstreams/util');
const { isFormData, encodeMultipart, parseMultipart } = require('internal/fetch/formdata');

let URLSearchParamsClass;
function isURLSearchParams(value) {
  URLSearchParamsClass ??= require('internal/url').URLSearchParams;
  return value instanceof URLSearchParamsClass;
}

// A byte stream that hands out a copy of `bytes` once.
function bytesStream(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

// Returns { body: { stream, source, length }, type } (type null when the body has none).
function extractBody(object) {
  let source = null;
  let length = null;
  let type = null;
  let stream;
  if (typeof object === 'string') {
    source = new TextEncoder().encode(object);
    type = 'text/plain;charset=UTF-8';
  } else if (isURLSearchParams(object)) {
    source = new TextEncoder().encode(object.toString());
    type = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (isAnyArrayBuffer(object)) {
    source = new Uint8Array(object.slice(0));
  } else if (isArrayBufferView(object)) {
    source = new Uint8Array(object.buffer.slice(object.byteOffset,
                                                object.byteOffset + object.byteLength));
  } else if (isBlob(object)) {
    stream = object.stream();
    source = object;
    length = object.size;
    if (object.type) type = object.type;
  } else if (isFormData(object)) {
    const encoded = encodeMultipart(object);
    source = encoded.blob;
    stream = encoded.blob.stream();
    length = encoded.blob.size;
    type = encoded.type;
  } else if (isReadableStream(object)) {
    if (object[kState].disturbed || object.locked) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    stream = object;
  } else if (object != null && typeof object[Symbol.asyncIterator] === 'function') {
    stream = ReadableStream.from(object);
  } else {
    source = new TextEncoder().encode(`${object}`);
    type = 'text/plain;charset=UTF-8';
  }
  if (stream === undefined) {
    stream = bytesStream(source);
    length = source.byteLength;
  }
  return { body: { stream, source, length }, type };
}

function bodyUnusable(body) {
  return body !== null && (body.stream[kState].disturbed || body.stream.locked);
}

function cloneBody(body) {
  const [out1, out2] = readableStreamTee(body.stream, true);
  body.stream = out1;
  return { stream: out2, source: body.source, length: body.length };
}

async function consumeBytes(body) {
  if (body === null) return new Uint8Array(0);
  const reader = body.stream.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function mimeEssence(contentType) {
  if (contentType === null) return '';
  return contentType.split(';')[0].trim().toLowerCase();
}

// The Body mixin's methods, for Request and Response: `getBody(self)` gives the body record (or
// null) and `getContentType(self)` the Content-Type header; `brand` checks the receiver.
function installBodyMixin(Class, { check, getBody, getContentType }) {
  const consume = (self, method, convert) => {
    try {
      check(self);
    } catch (error) {
      return Promise.reject(error);
    }
    const body = getBody(self);
    if (bodyUnusable(body)) {
      return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    }
    return consumeBytes(body).then((bytes) => convert(bytes, self));
  };
  const methods = {
    arrayBuffer() {
      return consume(this, 'arrayBuffer', (bytes) => (
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer :
          bytes.slice().buffer));
    },
    blob() {
      return consume(this, 'blob', (bytes, self) => new Blob([bytes], {
        type: mimeEssence(getContentType(self)) === '' ? '' : getContentType(self),
      }));
    },
    bytes() {
      return consume(this, 'bytes', (bytes) => bytes);
    },
    formData() {
      return consume(this, 'formData', (bytes, self) => {
        const contentType = getContentType(self);
        const essence = mimeEssence(contentType);
        if (essence === 'multipart/form-data') {
          const match = /;\s*boundary=("?)([^";]+)\1/i.exec(contentType);
          if (!match) throw new TypeError('Failed to parse body as FormData.');
          return parseMultipart(bytes, match[2]);
        }
        if (essence === 'application/x-www-form-urlencoded') {
          const { FormData } = require('internal/fetch/formdata');
          const formData = new FormData();
          URLSearchParamsClass ??= require('internal/url').URLSearchParams;
          for (const [name, value] of new URLSearchParamsClass(new TextDecoder().decode(bytes))) {
            formData.append(name, value);
          }
          return formData;
        }
        throw new TypeError('Content-Type was not one of "multipart/form-data" or ' +
                            '"application/x-www-form-urlencoded".');
      });
    },
    json() {
      return consume(this, 'json', (bytes) => JSON.parse(new TextDecoder().decode(bytes)));
    },
    text() {
      return consume(this, 'text', (bytes) => new TextDecoder().decode(bytes));
    },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(Class.prototype, 'body', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      check(this);
      const body = getBody(this);
      return body === null ? null : body.stream;
    },
  });
  Object.defineProperty(Class.prototype, 'bodyUsed', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      check(this);
      const body = getBody(this);
      return body !== null && body.stream[kState].disturbed;
    },
  });
}

module.exports = {
  extractBody,
  bodyUnusable,
  cloneBody,
  consumeBytes,
  installBodyMixin,
};
