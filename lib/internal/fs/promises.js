'use strict';
// fs/promises: the same binding functions as node:fs, called with binding.kUsePromises so each
// returns a promise; FileHandle wraps a descriptor.

const binding = internalBinding('fs');
const { kUsePromises } = binding;

// The binding's calls in their promise form. A failure gets its stack captured where the promise
// settles, so it carries the `at async …` frames of the functions awaiting it (user code
// included), as Node's do.
function handleErrorFromBinding(error) {
  Error.captureStackTrace(error, handleErrorFromBinding);
  return Promise.reject(error);
}
const pb = {};
for (const name of Object.keys(binding)) {
  const fn = binding[name];
  if (typeof fn !== 'function') continue;
  pb[name] = (...args) => Reflect.apply(fn, binding, [...args, kUsePromises])
    .then(undefined, handleErrorFromBinding);
}
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const EventEmitter = require('events');
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
  validateCpOptions,
  defaultRmOptions,
  getOptions,
  toUnixTimestamp,
  getDirent,
  getStatsFromBinding,
  getStatFsFromBinding,
  ERR_FS_EISDIR,
} = require('internal/fs/utils');

const { F_OK, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN } = constants;
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

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function statArray(options) {
  return options?.bigint ? new BigInt64Array(18) : new Float64Array(18);
}

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kLocked = Symbol('kLocked');

// A FileHandle left open is closed when garbage-collected, with a warning (as in Node).
let registry;
let gcCloseDeprecationWarned = false;
function closeRegistry() {
  registry ??= new FinalizationRegistry((fd) => {
    try {
      binding.close(fd);
    } catch {
      return;
    }
    process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    if (!gcCloseDeprecationWarned) {
      gcCloseDeprecationWarned = true;
      process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
        'Please close FileHandle objects explicitly using FileHandle.prototype.close(). In the ' +
        'future, an error will be thrown if a file descriptor is closed during garbage ' +
        'collection.', 'DeprecationWarning', 'DEP0137');
    }
  });
  return registry;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    closeRegistry().register(this, fd, this);
  }

  getAsyncId() { return -1; }

  get fd() { return this[kFd]; }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, appendOpts(options));
  }
  chmod(mode) { return fsCall(fchmod, this, mode); }
  chown(uid, gid) { return fsCall(fchown, this, uid, gid); }
  datasync() { return fsCall(fdatasync, this); }
  sync() { return fsCall(fsync, this); }
  read(buffer, offset, length, position) { return fsCall(read, this, buffer, offset, length, position); }
  readv(buffers, position) { return fsCall(readv, this, buffers, position); }
  readFile(options) { return fsCall(readFileHandle, this, options); }
  readLines(options = undefined) {
    const { Interface } = lazyReadline();
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  stat(options) { return fsCall(fstat, this, options); }
  truncate(len = 0) { return fsCall(ftruncate, this, len); }
  utimes(atime, mtime) { return fsCall(futimes, this, atime, mtime); }
  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }
  writev(buffers, position) { return fsCall(writev, this, buffers, position); }
  writeFile(data, options) { return fsCall(writeFileHandle, this, data, options); }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      closeRegistry().unregister(this);
      this[kClosePromise] = pb.close(fd).finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  // A byte ReadableStream over the file from its current position (BYOB readers read straight
  // into their buffers). As in Node, the handle stays locked (one web stream per handle) and is
  // kept open until the stream ends or is canceled; closing the handle cancels the stream.
  // `options.type` makes no difference: the stream is a byte stream whatever it says, as in
  // Node 24 (Node 20 hands out ArrayBuffers unless it is 'bytes').
  readableWebStream(options = undefined) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const { ReadableStream } = require('internal/webstreams/readablestream');
    this[kLocked] = true;
    this[kRef]();
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      this.removeListener('close', onClose);
      this[kUnref]();
    };
    let readable;
    const onClose = () => {
      done();
      readable.cancel().then(undefined, () => {});
    };
    readable = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      pull: async (controller) => {
        const request = controller.byobRequest;
        const view = request.view;
        const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
        const { bytesRead } = await this.read(bytes, 0, bytes.byteLength, null);
        if (bytesRead === 0) {
          done();
          controller.close();
          request.respond(0);
          return;
        }
        request.respond(bytesRead);
      },
      cancel: () => {
        done();
      },
    });
    this.once('close', onClose);
    return readable;
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  [kRef]() {
    this[kRefs]++;
  }

  [kUnref]() {
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      closeRegistry().unregister(this);
      pb.close(fd).then(this[kCloseResolve], this[kCloseReject]);
    }
  }
}

let readline;
function lazyReadline() {
  try {
    readline ??= require('readline');
  } catch {
    throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle.readLines() (needs node:readline)');
  }
  return readline;
}

async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRef]();
    return await fn(handle, ...args);
  } finally {
    handle[kUnref]();
  }
}

function handleFd(handle) {
  return handle instanceof FileHandle ? handle[kFd] : handle;
}

// --- functions on FileHandles ------------------------------------------------------------------

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return pb.fchmod(handle[kFd], mode);
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return pb.fchown(handle[kFd], uid, gid);
}

async function fdatasync(handle) {
  return pb.fdatasync(handle[kFd]);
}

async function fsync(handle) {
  return pb.fsync(handle[kFd]);
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await pb.fstat(handle[kFd], statArray(options)));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return pb.ftruncate(handle[kFd], len);
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return pb.futimes(handle[kFd], atime, mtime);
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  const bytesRead = (await pb.read(handle[kFd], buffer, offset, length, position)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await pb.readBuffers(handle[kFd], buffers, position)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } =
        offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await pb.write(handle[kFd], buffer, offset, length, position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
  validateEncoding(buffer, length);
  const bytes = lazyBuffer().from(buffer, length);
  const bytesWritten = (await pb.write(handle[kFd], bytes, 0, bytes.length,
                                            typeof offset === 'number' ? offset : null)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await pb.writeBuffers(handle[kFd], buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

function bytesToResult(result, encoding) {
  if (typeof result === 'number') throw new ERR_FS_FILE_TOO_LARGE(-result);
  const buffer = lazyBuffer().from(result);
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  const result = await pb.readFileAll(handle[kFd], 0);
  checkAborted(options.signal);
  return bytesToResult(result, options.encoding);
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' ||
    typeof obj[Symbol.asyncIterator] === 'function');
}

// Data to write: a string, an ArrayBufferView, or (an async) iterable of those.
async function* dataChunks(data, encoding) {
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    yield lazyBuffer().from(data, encoding || 'utf8');
    return;
  }
  if (isArrayBufferView(data)) {
    yield data instanceof Uint8Array ? data :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return;
  }
  if (isIterable(data) && typeof data !== 'string') {
    for await (const chunk of data) {
      if (typeof chunk === 'string') {
        yield lazyBuffer().from(chunk, encoding || 'utf8');
      } else if (isArrayBufferView(chunk)) {
        yield chunk instanceof Uint8Array ? chunk :
          new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      } else {
        throw new ERR_INVALID_ARG_TYPE('data',
                                       ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
      }
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE(
    'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateWriteData(data) {
  if (typeof data === 'string' || isArrayBufferView(data) || isIterable(data)) return;
  throw new ERR_INVALID_ARG_TYPE(
    'data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

async function writeAllTo(fd, data, options) {
  for await (const chunk of dataChunks(data, options.encoding)) {
    let offset = 0;
    let length = chunk.byteLength;
    while (length > 0) {
      checkAborted(options.signal);
      const written = await pb.write(fd, chunk, offset, length, null);
      offset += written;
      length -= written;
    }
    checkAborted(options.signal);
  }
  if (options.flush) await pb.fsync(fd);
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  validateWriteData(data);
  checkAborted(options.signal);
  return writeAllTo(handle[kFd], data, options);
}

function appendOpts(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return options;
}

// --- path functions ----------------------------------------------------------------------------

async function access(path, mode = F_OK) {
  return pb.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

async function copyFile(src, dest, mode) {
  return pb.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
                          getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await pb.open(path, flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  return pb.rename(getValidatedPath(oldPath, 'oldPath'),
                        getValidatedPath(newPath, 'newPath'));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return fd.truncate(len).finally(fd.close);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = validateRmOptions(options, defaultRmOptions);
  let a;
  try {
    a = await pb.lstat(path, new Float64Array(18));
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (getStatsFromBinding(a).isDirectory() && !options.recursive) {
    throw new ERR_FS_EISDIR({
      code: 'EISDIR', message: 'is a directory', path: pathString(path), syscall: 'rm',
      errno: 21,
    });
  }
  try {
    await pb.rmrf(pathString(path), options.maxRetries, options.retryDelay);
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning',
    'DEP0147');
    const a = await pb.lstat(path, new Float64Array(18));
    if (!getStatsFromBinding(a).isDirectory()) return pb.rmdir(path);
    return pb.rmrf(pathString(path), options.maxRetries, options.retryDelay);
  }
  return pb.rmdir(path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const result = await pb.mkdir(path, parseFileMode(mode, 'mode', 0o777), recursive);
  return recursive ? result : undefined;
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

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  if (!options.recursive) {
    const result = await pb.readdir(path, withFileTypes, encoding === 'buffer');
    if (!withFileTypes) return encodeNames(result, encoding);
    const [names, types] = result;
    const encoded = encodeNames(names, encoding);
    return names.map((_, i) => getDirent(pathString(path), encoded[i], types[i]));
  }
  const basePath = pathString(path);
  const results = [];
  const queue = [basePath];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = await pb.readdir(dir, true, false);
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

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const r = await pb.readlink(path, options.encoding === 'buffer');
  return encodeNames([r], options.encoding)[0];
}

async function symlink(target, path, type) {
  return pb.symlink(getValidatedPath(target, 'target'), getValidatedPath(path),
                         stringToSymlinkType(type));
}

async function lstat(path, options = { bigint: false }) {
  return getStatsFromBinding(await pb.lstat(getValidatedPath(path), statArray(options)));
}

async function stat(path, options = { bigint: false }) {
  return getStatsFromBinding(await pb.stat(getValidatedPath(path), statArray(options)));
}

async function statfs(path, options = { bigint: false }) {
  const a = options.bigint ? new BigInt64Array(7) : new Float64Array(7);
  return getStatFsFromBinding(await pb.statfs(getValidatedPath(path), a));
}

async function link(existingPath, newPath) {
  return pb.link(getValidatedPath(existingPath, 'existingPath'),
                      getValidatedPath(newPath, 'newPath'));
}

async function unlink(path) {
  return pb.unlink(getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return pb.chmod(path, mode);
}

// lchmod exists on macOS only; elsewhere Node's promise form rejects.
async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return pb.lchown(path, uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return pb.chown(path, uid, gid);
}

async function utimes(path, atime, mtime) {
  return pb.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  return pb.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const r = await pb.realpathNative(path, options.encoding === 'buffer');
  return encodeNames([r], options.encoding)[0];
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const r = await pb.mkdtemp(pathString(prefix), options.encoding === 'buffer');
  return encodeNames([r], options.encoding)[0];
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateWriteData(data);
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  if (typeof path === 'number') {
    return writeAllTo(getValidatedFd(path), data, { ...options, flush });
  }
  const fd = await open(path, flag, options.mode);
  let failed = true;
  try {
    await writeAllTo(fd[kFd], data, { ...options, flush });
    failed = false;
  } finally {
    if (failed) {
      await fd.close().catch(() => {});
    } else {
      await fd.close();
    }
  }
}

async function appendFile(path, data, options) {
  return writeFile(path, data, appendOpts(options));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const target = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
  const result = await pb.readFileAll(target, stringToFlags(flag));
  checkAborted(options.signal);
  return bytesToResult(result, options.encoding);
}

async function cp(src, dest, options) {
  options = validateCpOptions(options);
  src = pathString(getValidatedPath(src, 'src'));
  dest = pathString(getValidatedPath(dest, 'dest'));
  return require('internal/fs/cp').cpAsync(src, dest, options);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

function glob(pattern, options) {
  return require('internal/fs/glob').globPromise(pattern, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const exportsObject = {
  access,
  copyFile,
  cp,
  glob,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants: publicConstants,
};

module.exports = {
  exports: exportsObject,
  FileHandle,
  handleFd,
  kFd,
  kRef,
  kUnref,
};
