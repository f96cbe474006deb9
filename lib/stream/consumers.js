'use strict';
// node:stream/consumers: read a whole stream (a Readable, or any async iterable of chunks) into one
// value. Chunks may be strings (UTF-8), ArrayBuffers, ArrayBufferViews or Blobs, as for a Blob.

const { Blob } = require('internal/blob');
const { Buffer } = require('buffer');
const { TextDecoder } = require('internal/encoding');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const result = await blob(stream);
  return result.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') result += chunk;
    else result += decoder.decode(chunk, { stream: true });
  }
  // A multi-byte character cut short at the end becomes U+FFFD, as in Node.
  result += decoder.decode(undefined, { stream: false });
  return result;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
