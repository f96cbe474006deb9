'use strict';
// node:fs. Every call exists in a callback form (async on libuv's thread pool), a sync form and,
// through fs/promises, a promise form; all three reach the same binding function
// (src/bindings/fs_ops.cc), whose last argument picks the form: undefined = sync, an object whose
// `oncomplete(err, result)` runs on the loop = callback, binding.kUsePromises = promise.

const { AsyncContextFrame, state: frameState } = require('internal/async_context_frame');
const binding = internalBinding('fs');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const pathModule = require('path');
const {
  constants,
  publicConstants,
  kMaxUserId,
  stringToFlags,
  stringToSymlinkType,
  parseFileMode,
  getValidatedPath,
  getValidatedFd,
  getValidMode,
  pathString,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmOptions,
  validateRmdirOptions,
  defaultRmOptions,
  getOptions,
  toUnixTimestamp,
  Stats,
  Dirent,
  getDirent,
  getStatsFromBinding,
  getStatFsFromBinding,
  ERR_FS_EISDIR,
} = require('internal/fs/utils');

const { F_OK, O_RDWR, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;
// Which entries a recursive readdir descends into: directories, and with plain names (not
// withFileTypes) also symlinks to directories, as Node does (it stats each name).
function isWalkedDir(type, full, withFileTypes) {
  if (type === UV_DIRENT_DIR) return true;
  if (withFileTypes || (type !== UV_DIRENT_LINK && type !== UV_DIRENT_UNKNOWN)) return false;
  return binding.internalModuleStat(full) === 1;
}

const kEmptyObject = Object.freeze({ __proto__: null });

let BufferCtor;
function lazyBuffer() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// Shared arrays the binding fills for sync and callback stats (read at once, before any other
// call can overwrite them); promise calls get arrays of their own.
const statValues = new Float64Array(18);
const bigintStatValues = new BigInt64Array(18);
const statFsValues = new Float64Array(7);
const bigintStatFsValues = new BigInt64Array(7);

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// The request object the binding completes. Once AsyncLocalStorage is in use, the callback runs in
// the async context frame of the call that started the operation (as Node's FSReqCallback does).
function req(oncomplete) {
  if (!frameState.enabled) return { oncomplete };
  const frame = AsyncContextFrame.current();
  return {
    oncomplete(...args) {
      const prior = AsyncContextFrame.exchange(frame);
      try {
        return Reflect.apply(oncomplete, this, args);
      } finally {
        AsyncContextFrame.set(prior);
      }
    },
  };
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// --- access / exists ------------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, req(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
  writable: false,
  enumerable: false,
  configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(path);
}

// --- open / close / read / write ------------------------------------------------------------

// A worker with trackUnmanagedFds sets a tracker: the descriptors fs.open()/openSync() give out
// and close()/closeSync() have not closed are closed when the worker ends.
const unmanagedFds = require('internal/fs/unmanaged_fds');

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  if (unmanagedFds.tracker !== null) {
    const done = callback;
    callback = (err, fd) => {
      if (err == null) unmanagedFds.tracker.add(fd);
      done(err, fd);
    };
  }
  binding.open(path, flagsNumber, mode, req(callback));
}

function openSync(path, flags, mode) {
  const fd = binding.open(getValidatedPath(path), stringToFlags(flags),
                          parseFileMode(mode, 'mode', 0o666));
  if (unmanagedFds.tracker !== null) unmanagedFds.tracker.add(fd);
  return fd;
}


function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  if (unmanagedFds.tracker !== null) unmanagedFds.tracker.delete(fd);
  binding.close(fd, req(callback));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  if (unmanagedFds.tracker !== null) unmanagedFds.tracker.delete(fd);
  binding.close(fd);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== null) {
      ({ offset = 0, length = buffer?.byteLength - offset, position = null } =
        params ?? kEmptyObject);
    } else {
      offset = 0;
      length = buffer?.byteLength;
      position = null;
    }
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    return process.nextTick(function tick() {
      callback(null, 0, buffer);
    });
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  binding.read(fd, buffer, offset, length, position, req((err, bytesRead) => {
    callback(err, bytesRead || 0, buffer);
  }));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({ offset = 0, length = buffer.byteLength - offset, position = null } =
      offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  return binding.read(fd, buffer, offset, length, position);
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  function wrapper(err, written) {
    callback(err, written || 0, buffer);
  }
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = maybeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer, offset, length, position, req(wrapper));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  validateEncoding(buffer, length);
  callback = maybeCallback(position);
  const bytes = lazyBuffer().from(buffer, length);
  binding.write(fd, bytes, 0, bytes.length, typeof offset === 'number' ? offset : null,
                req(wrapper));
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer, offset, length, position);
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  if (offset === undefined) offset = null;
  const bytes = lazyBuffer().from(buffer, length);
  return binding.write(fd, bytes, 0, bytes.length, offset);
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback ||= position;
  validateFunction(callback, 'cb');
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position, req((err, read) => {
    callback(err, read || 0, buffers);
  }));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readBuffers(fd, buffers, position);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position, req((err, written) => {
    callback(err, written || 0, buffers);
  }));
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writeBuffers(fd, buffers, position);
}

// util.promisify of read/write/readv/writev resolves to an object of their two results, as in Node
// (which marks them with an internal symbol; here they carry a custom promisified form).
function promisifyMultiple(fn, names) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    value: {
      [fn.name](...args) {
        return new Promise((resolve, reject) => {
          Reflect.apply(fn, undefined, [...args, (err, a, b) => {
            if (err) reject(err);
            else resolve({ [names[0]]: a, [names[1]]: b });
          }]);
        });
      },
    }[fn.name],
    enumerable: false,
    configurable: true,
    writable: false,
  });
}
promisifyMultiple(read, ['bytesRead', 'buffer']);
promisifyMultiple(write, ['bytesWritten', 'buffer']);
promisifyMultiple(readv, ['bytesRead', 'buffers']);
promisifyMultiple(writev, ['bytesWritten', 'buffers']);

// --- readFile / writeFile / appendFile ------------------------------------------------------

function isFd(path) {
  return typeof path === 'number';
}

function bytesToResult(result, encoding) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(-result);
  const buffer = lazyBuffer().from(result);
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const flags = stringToFlags(options.flag ?? 'r');
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  const { signal, encoding } = options;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  binding.readFileAll(target, flags, req((err, result) => {
    if (signal?.aborted) {
      callback(abortError(signal));
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    let value;
    try {
      value = bytesToResult(result, encoding);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, value);
  }));
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' || encoding === 'UTF8' ||
    encoding === 'UTF-8';
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag ?? 'r';
  if (isUtf8(options.encoding) && typeof path === 'string' && flag === 'r') {
    path = getValidatedPath(path);
    try {
      return binding.readFileUtf8(path);
    } catch (err) {
      // The loader's reader names the path of a failed read; Node's readFileSync does not.
      if (err.syscall === 'read' && err.path !== undefined) {
        err.message = err.message.slice(0, err.message.lastIndexOf(" '"));
        delete err.path;
      }
      throw err;
    }
  }
  const target = isFd(path) ? getValidatedFd(path) : getValidatedPath(path);
  return bytesToResult(binding.readFileAll(target, stringToFlags(flag)), options.encoding);
}

function dataToBuffer(data, encoding, name = 'data') {
  if (isArrayBufferView(data)) {
    return data instanceof Uint8Array ? data :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateEncoding(data, encoding);
  return lazyBuffer().from(data, encoding || 'utf8');
}

function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  if (signal?.aborted) {
    const err = abortError(signal);
    if (isUserFd) {
      callback(err);
    } else {
      close(fd, () => callback(err));
    }
    return;
  }
  binding.write(fd, buffer, offset, length, null, req((writeErr, written) => {
    if (writeErr) {
      if (isUserFd) {
        callback(writeErr);
      } else {
        close(fd, () => callback(writeErr));
      }
    } else if (written === length) {
      if (!flush) {
        if (isUserFd) callback(null);
        else close(fd, callback);
      } else {
        binding.fsync(fd, req((syncErr) => {
          if (syncErr) {
            if (isUserFd) callback(syncErr);
            else close(fd, () => callback(syncErr));
          } else if (isUserFd) {
            callback(null);
          } else {
            close(fd, callback);
          }
        }));
      }
    } else {
      writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
    }
  }));
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const buffer = dataToBuffer(data, options.encoding);
  const { signal } = options;
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  if (isFd(path)) {
    writeAll(getValidatedFd(path), true, buffer, 0, buffer.byteLength, signal, flush, callback);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.open(path, flags, mode, req((openErr, fd) => {
    if (openErr) {
      callback(openErr);
    } else {
      writeAll(fd, false, buffer, 0, buffer.byteLength, signal, flush, callback);
    }
  }));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const buffer = dataToBuffer(data, options.encoding);
  const isUserFd = isFd(path);
  const fd = isUserFd ? getValidatedFd(path) :
    binding.open(getValidatedPath(path), stringToFlags(options.flag || 'w'),
                 parseFileMode(options.mode, 'mode', 0o666));
  try {
    let offset = 0;
    let length = buffer.byteLength;
    while (length > 0) {
      const written = binding.write(fd, buffer, offset, length, null);
      offset += written;
      length -= written;
    }
    if (flush) binding.fsync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

// --- stat family -----------------------------------------------------------------------------

function statArray(options) {
  return options.bigint ? bigintStatValues : statValues;
}

// The completion of an async stat/lstat/fstat: Stats from the shared array the binding filled.
function statsCallback(callback) {
  return req((err, a) => {
    if (err) return callback(err);
    callback(null, getStatsFromBinding(a));
  });
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, statArray(options), statsCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, statArray(options), statsCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, statArray(options), statsCallback(callback));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const a = binding.stat(getValidatedPath(path), statArray(options), undefined,
                         options.throwIfNoEntry !== false);
  return a === undefined ? undefined : getStatsFromBinding(a);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  const a = binding.lstat(getValidatedPath(path), statArray(options), undefined,
                          options.throwIfNoEntry !== false);
  return a === undefined ? undefined : getStatsFromBinding(a);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), statArray(options)));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, options.bigint ? bigintStatFsValues : statFsValues, req((err, a) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(a));
  }));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path),
                                             options.bigint ? bigintStatFsValues : statFsValues));
}

// --- directories -----------------------------------------------------------------------------

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, req(callback));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  const result = binding.mkdir(getValidatedPath(path), mode, recursive);
  if (recursive) return result;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(pathString(prefix), options.encoding === 'buffer', req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeNames([result], options.encoding)[0]);
  }));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeNames([binding.mkdtemp(pathString(prefix), options.encoding === 'buffer')],
                     options.encoding)[0];
}

function encodeNames(names, encoding) {
  if (encoding === 'buffer') {
    // The binding hands back Uint8Arrays; Node's results are Buffers.
    return names.map((n) => (typeof n === 'string' ? lazyBuffer().from(n) :
      lazyBuffer().from(n.buffer, n.byteOffset, n.byteLength)));
  }
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') {
    return names;
  }
  return names.map((n) => lazyBuffer().from(n).toString(encoding));
}

function direntsFrom(path, result, encoding) {
  const [names, types] = result;
  const encoded = encodeNames(names, encoding);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = getDirent(path, encoded[i], types[i]);
  return out;
}

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = binding.readdir(dir, true, false);
    for (let j = 0; j < names.length; j++) {
      const full = pathModule.join(dir, String(names[j]));
      if (withFileTypes) {
        results.push(getDirent(dir, encodeNames([names[j]], encoding)[0], types[j]));
      } else {
        const rel = pathModule.relative(basePath, full);
        results.push(encoding === 'buffer' ? lazyBuffer().from(rel) :
          encodeNames([rel], encoding)[0]);
      }
      if (isWalkedDir(types[j], full, withFileTypes)) queue.push(full);
    }
  }
  return results;
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    readdirRecursive(pathString(path), options, callback);
    return;
  }
  const withFileTypes = Boolean(options.withFileTypes);
  binding.readdir(path, withFileTypes, options.encoding === 'buffer', req((err, result) => {
    if (err) return callback(err);
    if (withFileTypes) {
      callback(null, direntsFrom(pathString(path), result, options.encoding));
    } else {
      callback(null, encodeNames(result, options.encoding));
    }
  }));
}

function readdirRecursive(basePath, options, callback) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const results = [];
  const queue = [basePath];
  let index = 0;
  const next = () => {
    if (index >= queue.length) {
      callback(null, results);
      return;
    }
    const dir = queue[index++];
    binding.readdir(dir, true, false, req((err, result) => {
      if (err) return callback(err);
      const [names, types] = result;
      for (let j = 0; j < names.length; j++) {
        const full = pathModule.join(dir, String(names[j]));
        if (withFileTypes) {
          results.push(getDirent(dir, encodeNames([names[j]], encoding)[0], types[j]));
        } else {
          const rel = pathModule.relative(basePath, full);
          results.push(encoding === 'buffer' ? lazyBuffer().from(rel) :
            encodeNames([rel], encoding)[0]);
        }
        if (isWalkedDir(types[j], full, withFileTypes)) queue.push(full);
      }
      next();
    }));
  };
  next();
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirSyncRecursive(pathString(path), options);
  const withFileTypes = Boolean(options.withFileTypes);
  const result = binding.readdir(path, withFileTypes, options.encoding === 'buffer');
  if (withFileTypes) return direntsFrom(pathString(path), result, options.encoding);
  return encodeNames(result, options.encoding);
}

let rmdirRecursiveWarned = false;
function warnRmdirRecursive() {
  if (rmdirRecursiveWarned) return;
  rmdirRecursiveWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning',
  'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    options = validateRmdirOptions(options);
    binding.lstat(path, statValues, req((err, a) => {
      if (err) return callback(err);
      if (!getStatsFromBinding(a).isDirectory()) {
        return binding.rmdir(path, req(callback));  // ENOTDIR, as Node reports it
      }
      binding.rmrf(pathString(path), options.maxRetries, options.retryDelay, req(callback));
    }));
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, req(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    options = validateRmdirOptions(options);
    const s = getStatsFromBinding(binding.lstat(path, statValues));
    if (!s.isDirectory()) return binding.rmdir(path);
    return binding.rmrf(pathString(path), options.maxRetries, options.retryDelay);
  }
  validateRmdirOptions(options);
  binding.rmdir(path);
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path: pathString(path),
    syscall: 'rm',
    errno: 21,
  });
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  binding.lstat(path, statValues, req((err, a) => {
    if (err) {
      if (err.code === 'ENOENT' && options.force) return callback(null);
      return callback(err);
    }
    const s = getStatsFromBinding(a);
    if (s.isDirectory() && !options.recursive) return callback(eisdir(path));
    binding.rmrf(pathString(path), options.maxRetries, options.retryDelay, req((rmErr) => {
      if (rmErr && rmErr.code === 'ENOENT' && options.force) return callback(null);
      callback(rmErr);
    }));
  }));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  let a;
  try {
    a = binding.lstat(path, statValues);
  } catch (err) {
    // force forgives a missing path only (ENOTDIR still throws, as in Node).
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (getStatsFromBinding(a).isDirectory() && !options.recursive) throw eisdir(path);
  try {
    binding.rmrf(pathString(path), options.maxRetries, options.retryDelay);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
}

// --- names and links -------------------------------------------------------------------------

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), req(callback));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, req(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, req(callback));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
                   getValidMode(mode, 'copyFile'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, req(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'),
               getValidatedPath(newPath, 'newPath'));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type), req(callback));
}

function symlinkSync(target, path, type) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path),
                  stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readlink(path, options.encoding === 'buffer', req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeNames([result], options.encoding)[0]);
  }));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeNames([binding.readlink(path, options.encoding === 'buffer')],
                     options.encoding)[0];
}

// realpath: resolved by the C library's realpath(3). When that fails, the error names the
// component that failed to lstat, as Node's own resolver (an lstat walk) reports it.
function realpathError(path, err) {
  if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') return err;
  const p = pathModule.resolve(pathString(path));
  const parts = p.split('/');
  let current = '';
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    current += '/' + parts[i];
    try {
      binding.lstat(current, statValues);
    } catch (e) {
      return e;
    }
  }
  return err;
}

// Node's JS resolver turns any non-path value into a string ('undefined' → ENOENT).
function realpathArg(path) {
  if (typeof path !== 'string' && !(path instanceof Uint8Array) &&
      !(path != null && typeof path === 'object' && typeof path.href === 'string')) {
    path += '';
  }
  return getValidatedPath(path);
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = realpathArg(path);
  try {
    return encodeNames([binding.realpathNative(path, options.encoding === 'buffer')],
                       options.encoding)[0];
  } catch (err) {
    throw realpathError(path, err);
  }
}
realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeNames([binding.realpathNative(path, options.encoding === 'buffer')],
                     options.encoding)[0];
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = realpathArg(path);
  binding.realpathNative(path, options.encoding === 'buffer', req((err, result) => {
    if (err) return callback(realpathError(path, err));
    callback(null, encodeNames([result], options.encoding)[0]);
  }));
}
realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpathNative(path, options.encoding === 'buffer', req((err, result) => {
    if (err) return callback(err);
    callback(null, encodeNames([result], options.encoding)[0]);
  }));
};

// --- attributes ------------------------------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, req(callback));
}

function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, req(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, req(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, req(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req(callback));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req(callback));
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'),
                  toUnixTimestamp(mtime, 'mtime'));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, req(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, req(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

function truncLen(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
    'fs.ftruncate with a file descriptor instead.', 'DeprecationWarning', 'DEP0081');
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}

function ftruncateSync(fd, len = 0) {
  binding.ftruncate(getValidatedFd(fd), truncLen(len));
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = truncLen(len);
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, O_RDWR, 0o666, req((err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, req((truncErr) => {
      binding.close(fd, req((closeErr) => callback(truncErr || closeErr || null)));
    }));
  }));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  len = truncLen(len);
  const fd = openSync(path, 'r+');
  try {
    binding.ftruncate(fd, len);
  } finally {
    binding.close(fd);
  }
}

// --- lazily loaded parts ---------------------------------------------------------------------

let promisesModule;
function lazyPromises() {
  promisesModule ??= require('internal/fs/promises').exports;
  return promisesModule;
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}
function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}
function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  const { validateCpOptions } = require('internal/fs/utils');
  options = validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpAsync(src, dest, options).then(() => callback(null), callback);
}

function cpSync(src, dest, options) {
  const { validateCpOptions } = require('internal/fs/utils');
  options = validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  require('internal/fs/cp').cpSyncImpl(src, dest, options);
}

function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
}
function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
}
function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
}

function glob(pattern, options, callback) {
  return require('internal/fs/glob').glob(pattern, options, callback);
}
function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  // The file is read when asked for, as a whole; Node's blob reads it lazily in chunks.
  const data = readFileSync(path);
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  glob,
  globSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() { return require('internal/fs/streams').ReadStream; },
  set ReadStream(v) { Object.defineProperty(module.exports, 'ReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return require('internal/fs/streams').WriteStream; },
  set WriteStream(v) { Object.defineProperty(module.exports, 'WriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return require('internal/fs/streams').ReadStream; },
  get FileWriteStream() { return require('internal/fs/streams').WriteStream; },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return require('internal/fs/dir').Dir; },
  opendir,
  opendirSync,
  F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants: publicConstants,
  get promises() { return lazyPromises(); },
};
// Node exposes these two under promisify-friendly names; fs.promises is read-only there.
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true, get: lazyPromises,
});
