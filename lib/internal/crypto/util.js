'use strict';
// Shared pieces of node:crypto: the crypto binding, byte conversions and the cached algorithm
// lists.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const errors = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');

const { codes } = errors;
const { ERR_INVALID_ARG_TYPE } = codes;

const kHandle = Symbol('kHandle');

// An ArrayBuffer from the binding as a Buffer (no copy).
function toBuffer(ab) {
  return new FastBuffer(ab);
}

// What Node accepts wherever "string | ArrayBuffer | Buffer | TypedArray | DataView" is asked
// for; strings are encoded with `encoding` (utf8 by default).
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name,
      ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
      buffer,
    );
  }
  return buffer;
}

// Encodes a result Buffer as Node does for an output encoding ('buffer'/undefined → Buffer;
// unknown encodings also give a Buffer, as in Node).
const kStringEncodings = new Set(['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8',
  'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'ascii']);
function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  if (typeof encoding === 'string' && kStringEncodings.has(encoding.toLowerCase())) {
    return buf.toString(encoding);
  }
  return buf;
}

// Node lists algorithm names sorted, once per case-insensitive name (the last spelling wins).
function filterDuplicateStrings(items) {
  const map = new Map();
  for (const item of items) map.set(item.toLowerCase(), item);
  return [...map.values()].sort();
}

function cached(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

const getHashes = cached(() => filterDuplicateStrings(binding.getHashes()));
const getCiphers = cached(() => filterDuplicateStrings(binding.getCiphers()));
const getCurves = cached(() => filterDuplicateStrings(binding.getCurves()));

module.exports = {
  binding,
  kHandle,
  toBuffer,
  getArrayBufferOrView,
  encodeOutput,
  getHashes,
  getCiphers,
  getCurves,
};
