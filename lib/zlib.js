'use strict';
// node:zlib. Every stream class is a Transform over one native context (internalBinding('zlib')
// ZlibStream). Work happens in C++ in big steps: a stream write runs a whole input chunk on the
// thread pool (stopping at an output cap so backpressure still applies), and the convenience
// functions make one pass over their input into one output buffer — on the pool for the callback
// forms, on the calling thread for the Sync ones. Options, validation and errors are Node 22's.

const { Transform, finished } = require('stream');
const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  checkRangesOrGetDefault,
  validateFiniteNumber,
  validateFunction,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const binding = internalBinding('zlib');

const { ZlibStream } = binding;

// --- constants (Node's values; ZLIB_VERNUM is the linked library's) ------------------------------
const constantValues = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: binding.ZLIB_VERNUM,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0,
  BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};
// As Node's: a null-prototype object whose properties are read-only (the object itself is not
// frozen).
const constants = { __proto__: null };
for (const name of Object.keys(constantValues)) {
  Object.defineProperty(constants, name, {
    __proto__: null, value: constantValues[name], enumerable: true, writable: false,
    configurable: false,
  });
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
  Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// Return codes, both ways (zlib.codes.Z_DATA_ERROR === -3, zlib.codes[-3] === 'Z_DATA_ERROR').
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

// The native context lives at _handle, as in Node: minizlib (tar, npm) reaches into it.
const kHandle = '_handle';
const kOwner = Symbol('kOwner');
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');
const kState = Symbol('kState');
const kWrite = Symbol('kWrite');
const kResumeWrite = Symbol('kResumeWrite');

// Output one stream-write job may produce before it hands back to JS: big enough to amortise the
// trip to the pool, small enough that a paused consumer bounds memory (a zip bomb piped into a
// slow reader does not inflate all at once).
const kWriteOutputCap = 1024 * 1024;

// --- errors --------------------------------------------------------------------------------------

// handle.onerror(message, errno, code): the library failed; the stream cannot go on.
function onHandleError(message, errno, code) {
  const self = this[kOwner];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self[kError] = error;
  self.destroy(error);
}

function closeHandle(engine) {
  const handle = engine[kHandle];
  if (handle) {
    handle.close();
    engine[kHandle] = null;
  }
}

// --- one-shot helpers (the convenience functions) ------------------------------------------------

function toInputSync(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer',
                                 ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                 buffer);
}

function absorbError() {}

// Runs the whole of `chunk` through the engine on this thread; returns a Buffer and closes the
// engine (as Node's sync path does).
function processChunkSync(engine, chunk, flushFlag) {
  const handle = engine[kHandle];
  if (!handle) throw engine[kError] ?? new ERR_INTERNAL_ASSERTION('zlib binding closed');
  // The error also reaches 'error' listeners through destroy(); it is thrown here instead.
  engine.on('error', absorbError);
  const result = handle.processSync(flushFlag, chunk, 0, chunk.byteLength,
                                    engine._maxOutputLength);
  engine.bytesWritten = engine[kState][0];
  if (engine[kError]) throw engine[kError];
  closeHandle(engine);
  if (result === -1) throw new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength);
  return new FastBuffer(result);
}

function zlibBufferSync(engine, buffer) {
  buffer = toInputSync(buffer);
  const result = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer: result, engine };
  return result;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                   buffer);
  }
  const handle = engine[kHandle];
  engine.once('error', callback);
  engine[kWrite] = { callback, input: buffer };
  handle.processAsync(engine._finishFlushFlag, buffer, 0, buffer.byteLength,
                      engine._maxOutputLength, onOneShotDone);
}

// this = the handle; result = ArrayBuffer of the whole output, or -1 past maxOutputLength.
function onOneShotDone(result) {
  const engine = this[kOwner];
  const { callback } = engine[kWrite];
  engine[kWrite] = null;
  engine.removeListener('error', callback);
  engine.bytesWritten = engine[kState][0];
  engine.close();
  if (result === -1) {
    callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    return;
  }
  const buffer = new FastBuffer(result);
  if (engine._info) callback(null, { buffer, engine });
  else callback(null, buffer);
}

// --- the stream base -----------------------------------------------------------------------------

const FLUSH_BOUNDS = {
  zlib: [Z_NO_FLUSH, Z_BLOCK],
  brotli: [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA],
};

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const bounds = mode === BROTLI_ENCODE || mode === BROTLI_DECODE ?
    FLUSH_BOUNDS.brotli : FLUSH_BOUNDS.zlib;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bounds[0], bounds[1], flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          bounds[0], bounds[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this[kWrite] = null;
  this[kResumeWrite] = false;
  this.bytesWritten = 0;
  this[kHandle] = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  chunkSize = Math.trunc(chunkSize);
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this[kHandle];
  },
});

// Node's old name, seen from the engine's side (DEP0108).
const kBytesReadMessage = 'zlib.bytesRead is deprecated and will change its meaning in the ' +
  'future. Use zlib.bytesWritten instead.';
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get: require('util').deprecate(function() {
    return this.bytesWritten;
  }, kBytesReadMessage, 'DEP0108'),
  set: require('util').deprecate(function(value) {
    this.bytesWritten = value;
  }, kBytesReadMessage, 'DEP0108'),
});

ZlibBase.prototype.reset = function reset() {
  const handle = this[kHandle];
  if (!handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  return handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

// Flush strength, for merging a pending flush with the final one.
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushRank = [];
for (let i = 0; i < kFlushOrder.length; i++) flushRank[kFlushOrder[i]] = i;
function strongerFlush(a, b) {
  return flushRank[a] > flushRank[b] ? a : b;
}

// Empty chunks that carry a flush kind through the write queue.
const kFlushBuffers = [];
{
  const empty = new ArrayBuffer(0);
  for (const flag of kFlushOrder) {
    kFlushBuffers[flag] = Buffer.from(empty);
    kFlushBuffers[flag][kFlushFlag] = flag;
  }
}

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also finishes the stream.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Kept for compatibility: with a callback, one stream step; without, the synchronous path.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

ZlibBase.prototype._read = function _read(n) {
  if (this[kResumeWrite]) {
    this[kResumeWrite] = false;
    startWrite(this);
  }
  Transform.prototype._read.call(this, n);
};

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self[kHandle];
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  self[kWrite] = { chunk, offset: 0, flushFlag, cb };
  startWrite(self);
}

function startWrite(self) {
  const w = self[kWrite];
  const handle = self[kHandle];
  if (!handle) {
    self[kWrite] = null;
    w.cb();
    return;
  }
  handle.write(w.flushFlag, w.chunk, w.offset, w.chunk.byteLength - w.offset,
               self._outBuffer, self._outOffset, self._chunkSize - self._outOffset,
               self._chunkSize, Math.max(kWriteOutputCap, self._chunkSize), onWriteDone);
}

// this = the handle. firstHave bytes went to the current output buffer, then into `blocks`
// (ArrayBuffers of chunkSize; all full but the last, which holds lastHave).
function onWriteDone(firstHave, blocks, lastHave, availInAfter, more) {
  const self = this[kOwner];
  const w = self[kWrite];
  if (self.destroyed) {
    self[kWrite] = null;
    w.cb();
    return;
  }
  const consumed = w.chunk.byteLength - w.offset - availInAfter;
  self.bytesWritten += consumed;
  let paused = false;
  if (firstHave > 0) {
    const start = self._outOffset;
    self._outOffset += firstHave;
    paused = !self.push(self._outBuffer.slice(start, start + firstHave));
  }
  if (blocks !== undefined) {
    const chunkSize = self._chunkSize;
    const last = blocks.length - 1;
    for (let i = 0; i <= last; i++) {
      const length = i === last ? lastHave : chunkSize;
      if (i === last) {
        self._outBuffer = new FastBuffer(blocks[i]);
        self._outOffset = length;
        if (length > 0) paused = !self.push(self._outBuffer.slice(0, length)) || paused;
      } else {
        paused = !self.push(new FastBuffer(blocks[i])) || paused;
      }
    }
  }
  if (self.destroyed) {
    self[kWrite] = null;
    w.cb();
    return;
  }
  if (self._outOffset >= self._chunkSize) {
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
    self._outOffset = 0;
  }
  if (more) {
    w.offset += consumed;
    if (paused) self[kResumeWrite] = true;
    else startWrite(self);
    return;
  }
  // Output space left but input too: the compressed stream ended before its input did.
  if (availInAfter > 0) self.push(null);
  self[kWrite] = null;
  w.cb();
}

// --- zlib streams --------------------------------------------------------------------------------

const zlibDefaultFlushes = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For inflate, 0 (or none) means "the window size in the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // 8 is valid for deflate (zlib makes it 9) but not for gzip.
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0),
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  this[kState] = new Float64Array(new ArrayBuffer(16));
  const handle = new ZlibStream(mode, this[kState]);
  handle.init(Math.trunc(windowBits), Math.trunc(level), Math.trunc(memLevel),
              Math.trunc(strategy), dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultFlushes);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() waits for a sync flush so the change never lands while the pool is compressing.
function applyParamsAfterFlush(level, strategy, callback) {
  const handle = this[kHandle];
  if (!handle) return;
  handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, applyParamsAfterFlush.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// Each public class works with or without `new`, as Node's do.
function defineZlibClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);

// Raw deflate with an 8-bit window is not supported by zlib; Node turns it into 9 (in the
// caller's options object, as Node does).
function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!new.target) return new DeflateRaw(opts);
  Zlib.call(this, opts, DEFLATERAW);
}
Object.setPrototypeOf(DeflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(DeflateRaw, Zlib);

// --- brotli streams ------------------------------------------------------------------------------

const kMaxBrotliParam = binding.kMaxBrotliParam;
const brotliDefaultFlushes = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function Brotli(opts, mode) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(0xFFFFFFFF);
  if (opts?.params) {
    const given = opts.params;
    for (const origKey of Object.keys(given)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam || params[key] !== 0xFFFFFFFF) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = given[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', given[origKey]);
      }
      params[key] = value;
    }
  }
  this[kState] = new Float64Array(new ArrayBuffer(16));
  const handle = new ZlibStream(mode, this[kState]);
  if (!handle.initBrotli(params)) throw new ERR_ZLIB_INITIALIZATION_FAILED();
  ZlibBase.call(this, opts, mode, handle, brotliDefaultFlushes);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!new.target) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!new.target) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// --- convenience functions and the module --------------------------------------------------------

function convenience(ctor, name) {
  const fn = {
    [name](buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return zlibBuffer(new ctor(opts), buffer, callback);
    },
  }[name];
  return fn;
}

function convenienceSync(ctor, name) {
  return {
    [name](buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    },
  }[name];
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  deflate: convenience(Deflate, 'deflate'),
  deflateSync: convenienceSync(Deflate, 'deflateSync'),
  gzip: convenience(Gzip, 'gzip'),
  gzipSync: convenienceSync(Gzip, 'gzipSync'),
  deflateRaw: convenience(DeflateRaw, 'deflateRaw'),
  deflateRawSync: convenienceSync(DeflateRaw, 'deflateRawSync'),
  unzip: convenience(Unzip, 'unzip'),
  unzipSync: convenienceSync(Unzip, 'unzipSync'),
  inflate: convenience(Inflate, 'inflate'),
  inflateSync: convenienceSync(Inflate, 'inflateSync'),
  gunzip: convenience(Gunzip, 'gunzip'),
  gunzipSync: convenienceSync(Gunzip, 'gunzipSync'),
  inflateRaw: convenience(InflateRaw, 'inflateRaw'),
  inflateRawSync: convenienceSync(InflateRaw, 'inflateRawSync'),
  brotliCompress: convenience(BrotliCompress, 'brotliCompress'),
  brotliCompressSync: convenienceSync(BrotliCompress, 'brotliCompressSync'),
  brotliDecompress: convenience(BrotliDecompress, 'brotliDecompress'),
  brotliDecompressSync: convenienceSync(BrotliDecompress, 'brotliDecompressSync'),

  createDeflate(options) {
    return new Deflate(options);
  },
  createInflate(options) {
    return new Inflate(options);
  },
  createDeflateRaw(options) {
    return new DeflateRaw(options);
  },
  createInflateRaw(options) {
    return new InflateRaw(options);
  },
  createGzip(options) {
    return new Gzip(options);
  },
  createGunzip(options) {
    return new Gunzip(options);
  },
  createUnzip(options) {
    return new Unzip(options);
  },
  createBrotliCompress(options) {
    return new BrotliCompress(options);
  },
  createBrotliDecompress(options) {
    return new BrotliDecompress(options);
  },
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, value: codes },
});

// The legacy top-level copies (deprecated in the docs, still there): non-enumerable, read-only.
for (const name of Object.keys(constants)) {
  if (name.startsWith('BROTLI_')) continue;
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: false, value: constants[name], writable: false,
  });
}
