'use strict';
// node:fs, first part: reading a whole file as text, in the callback, sync and promise forms.
// The async form runs on libuv's thread pool (src/bindings/fs.cc, ThreadPoolWork). Everything else
// in fs — and reading without an encoding, which returns a Buffer — comes with the fs issue; until
// then those calls throw ERR_NOT_IMPLEMENTED rather than behave differently from Node.

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
  const { encoding = null, flag = 'r', signal } = options;
  if (encoding === null || encoding === 'buffer') {
    throw new codes.ERR_NOT_IMPLEMENTED('fs.readFile without a text encoding (Buffer results)');
  }
  if (!kUtf8.has(encoding)) {
    const known = ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'base64',
      'base64url', 'hex', 'ascii'];
    if (known.includes(`${encoding}`.toLowerCase())) {
      throw new codes.ERR_NOT_IMPLEMENTED(`fs.readFile with the '${encoding}' encoding`);
    }
    throw new codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (flag !== 'r' && flag !== 'rs' && flag !== 'sr') {
    throw new codes.ERR_NOT_IMPLEMENTED(`fs.readFile with flag '${flag}'`);
  }
  if (signal !== undefined) require('internal/validators').validateAbortSignal(signal, 'options.signal');
  return { signal };
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const { signal } = getReadOptions(options);
  path = getPath(path);
  if (signal?.aborted) {
    const { AbortError } = require('internal/errors');
    process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  binding.readFileUtf8Async(path, (err, text) => {
    if (signal?.aborted) {
      const { AbortError } = require('internal/errors');
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    if (err) callback(err);
    else callback(null, text);
  });
}

function readFileSync(path, options) {
  getReadOptions(options);
  return binding.readFileUtf8(getPath(path));
}

const promises = {
  readFile(path, options) {
    return new Promise((resolve, reject) => {
      readFile(path, options, (err, text) => (err ? reject(err) : resolve(text)));
    });
  },
};

module.exports = { readFile, readFileSync, promises };
