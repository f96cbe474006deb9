'use strict';
// node:fs, first part: reading a whole file, as a Buffer or as text in any Buffer encoding, in the
// callback, sync and promise forms. The async form runs on libuv's thread pool (src/bindings/fs.cc,
// ThreadPoolWork). Everything else in fs comes with the fs issue; until then those calls throw
// ERR_NOT_IMPLEMENTED rather than behave differently from Node.

const binding = internalBinding('fs');
const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kUtf8 = new Set(['utf8', 'utf-8', 'UTF8', 'UTF-8']);

function getPath(path) {
  if (typeof path !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE('path', path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function getReadOptions(options) {
  if (options === undefined || options === null || typeof options === 'function') {
    options = {};
  } else if (typeof options === 'string') {
    options = { encoding: options };
  } else if (typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  let { encoding = null } = options;
  const { flag = 'r', signal } = options;
  if (encoding === 'buffer') encoding = null;
  if (encoding !== null && !kUtf8.has(encoding) &&
      !require('buffer').Buffer.isEncoding(encoding)) {
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (flag !== 'r' && flag !== 'rs' && flag !== 'sr') {
    throw new codes.ERR_NOT_IMPLEMENTED(`fs.readFile with flag '${flag}'`);
  }
  if (signal !== undefined) require('internal/validators').validateAbortSignal(signal, 'options.signal');
  return { signal, encoding };
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const { signal, encoding } = getReadOptions(options);
  path = getPath(path);
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  const utf8 = encoding !== null && kUtf8.has(encoding);
  const read = utf8 ? binding.readFileUtf8Async : binding.readFileBytesAsync;
  read(path, (err, result) => {
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    let value;
    try {
      value = utf8 ? result : toResult(result, encoding);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, value);
  });
}

// The bytes of a file (an ArrayBuffer) as a Buffer, or as text in a non-UTF-8 encoding.
function toResult(arrayBuffer, encoding) {
  const buffer = require('buffer').Buffer.from(arrayBuffer);
  return encoding === null ? buffer : buffer.toString(encoding);
}

function readFileSync(path, options) {
  const { encoding } = getReadOptions(options);
  path = getPath(path);
  if (encoding !== null && kUtf8.has(encoding)) return binding.readFileUtf8(path);
  return toResult(binding.readFileBytes(path), encoding);
}

const promises = {
  readFile(path, options) {
    return new Promise((resolve, reject) => {
      readFile(path, options, (err, text) => (err ? reject(err) : resolve(text)));
    });
  },
};

module.exports = { readFile, readFileSync, promises };
