'use strict';
// tide's Readable, in place of readable-stream's lib/internal/streams/readable.js (realm.js's
// kReplacedFiles), so Duplex, Transform, pipeline, the operators and the rest of readable-stream use
// it unchanged. Node 22's behaviour and surface. State is one integer of flag bits (`[kState]`)
// — including `flowing` (null/true/false) and `paused` — plus the queue as a plain array read from
// `bufferIndex`, as Node 22 keeps it; the legacy fields (`ended`, `flowing`, `reading`, `decoder`,
// …) are getters/setters on ReadableState.prototype so code reading `_readableState.<field>`
// keeps working. push() has one path per mode (bytes, objects), and the flowing loop reads the
// bit field directly. See docs/design-notes.md "Streams".

const EE = require('events');
const { Buffer } = require('buffer');
const { kShapeProbe, TypedArrayPrototypeGetLength } = require('internal/buffer');
const { StringDecoder } = require('string_decoder');
const { Stream, prependListener } = require('internal/streams/legacy');
const { SymbolAsyncDispose } = require('internal/streams/primordials');
const { validateObject } = require('internal/validators');
const {
  aggregateTwoErrors,
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/streams/errors');

const kDeps = 'internal/deps/readable-stream/lib/internal/streams/';
const { addAbortSignal } = require(kDeps + 'add-abort-signal');
const eos = require(kDeps + 'end-of-stream');
const destroyImpl = require(kDeps + 'destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require(kDeps + 'state');
const from = require(kDeps + 'from');

const { errorOrDestroy } = destroyImpl;
const { async_id_fields, hookState } = require('internal/async_hooks');
const { state: frameState } = require('internal/async_context_frame');
const {
  kAsyncIdCounter, kExecutionAsyncId, kTriggerAsyncId, kDefaultTriggerAsyncId,
} = internalBinding('async_wrap').constants;
const { tickQueueIsEmpty } = require('internal/process/task_queues');
const { triggerUncaughtException } = internalBinding('errors');
const {
  emit: kOriginalEmit,
  listenerCount: kOriginalListenerCount,
  callListener,
  markShapedEvents,
  init: kOriginalInit,
  initShaped,
} = require('internal/events/hot_path');
const kChunkTypes = ['string', 'Buffer', 'Uint8Array'];

module.exports = Readable;
Readable.ReadableState = ReadableState;
// Hooks for node:http's IncomingMessage, kept off Readable itself.
const internals = require('internal/streams/readable_internals');
const { kEofTick } = internals;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function nop() {}

const kState = Symbol('kState');
// A state's error, kept outside it: a field added at the first error would give that state a new
// map, and every optimized function that had seen only the old one would be thrown away then (a
// server's first failed connection, long after its hot path was optimized).
const erroredValues = new WeakMap();
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// Flag bits of ReadableState[kState].
const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kEndEmitted = 1 << 2;
const kReading = 1 << 3;
const kConstructed = 1 << 4;
const kSync = 1 << 5;
const kNeedReadable = 1 << 6;
const kEmittedReadable = 1 << 7;
const kReadableListening = 1 << 8;
const kResumeScheduled = 1 << 9;
const kErrorEmitted = 1 << 10;
const kEmitClose = 1 << 11;
const kAutoDestroy = 1 << 12;
const kDestroyed = 1 << 13;
const kClosed = 1 << 14;
const kCloseEmitted = 1 << 15;
const kMultiAwaitDrain = 1 << 16;
const kReadingMore = 1 << 17;
const kDataEmitted = 1 << 18;
const kErrored = 1 << 19;
const kHasFlowing = 1 << 20; // flowing is true/false (else null)
const kFlowing = 1 << 21;
const kHasPaused = 1 << 22; // pause()/resume() was called (else `paused` reads null)
const kPaused = 1 << 23;
const kDecoder = 1 << 24;
const kHasReadable = 1 << 25; // `readable` was set (Duplex with readable: false)
const kReadable = 1 << 26;
const kUtf8Default = 1 << 27;
const kEndScheduled = 1 << 28; // an endReadableNT is queued
const kEndRecheck = 1 << 29; // endReadable() was called again while it was

function flag(bit) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  };
}

// A flag that reads null until set.
function triState(hasBit, bit) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const bits = this[kState];
      return (bits & hasBit) === 0 ? null : (bits & bit) !== 0;
    },
    set(value) {
      if (value == null) this[kState] &= ~(hasBit | bit);
      else if (value) this[kState] |= hasBit | bit;
      else this[kState] = (this[kState] | hasBit) & ~bit;
    },
  };
}

let Duplex;
function lazyDuplex() {
  Duplex ??= require(kDeps + 'duplex');
  return Duplex;
}

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  let bits = kEmitClose | kAutoDestroy | kConstructed | kSync | kUtf8Default;
  if (options) {
    if (options.objectMode || (isDuplex && options.readableObjectMode)) bits |= kObjectMode;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this[kState] = bits;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Queued chunks: buffer[bufferIndex..]; length counts their bytes (characters once decoded),
  // or chunks in objectMode.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // The destination(s) a pipe() waits a 'drain' from: one stream, or a Set with several pipes.
  this.awaitDrainWriters = null;

  if (options) {
    const { defaultEncoding, encoding } = options;
    if (defaultEncoding && defaultEncoding !== 'utf8' && defaultEncoding !== 'utf-8') {
      this[kState] &= ~kUtf8Default;
      this[kDefaultEncodingValue] = defaultEncoding;
    }
    if (encoding) {
      const decoder = new StringDecoder(encoding);
      this[kDecoderValue] = decoder;
      this[kEncodingValue] = encoding;
      this[kState] |= kDecoder;
    }
  }
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: flag(kObjectMode),
  ended: flag(kEnded),
  endEmitted: flag(kEndEmitted),
  reading: flag(kReading),
  constructed: flag(kConstructed),
  sync: flag(kSync),
  needReadable: flag(kNeedReadable),
  emittedReadable: flag(kEmittedReadable),
  readableListening: flag(kReadableListening),
  resumeScheduled: flag(kResumeScheduled),
  errorEmitted: flag(kErrorEmitted),
  emitClose: flag(kEmitClose),
  autoDestroy: flag(kAutoDestroy),
  destroyed: flag(kDestroyed),
  closed: flag(kClosed),
  closeEmitted: flag(kCloseEmitted),
  multiAwaitDrain: flag(kMultiAwaitDrain),
  readingMore: flag(kReadingMore),
  dataEmitted: flag(kDataEmitted),
  flowing: triState(kHasFlowing, kFlowing),
  readable: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const bits = this[kState];
      return (bits & kHasReadable) === 0 ? undefined : (bits & kReadable) !== 0;
    },
    set(value) {
      if (value == null) this[kState] &= ~(kHasReadable | kReadable);
      else if (value) this[kState] |= kHasReadable | kReadable;
      else this[kState] = (this[kState] | kHasReadable) & ~kReadable;
    },
  },
  // pause() sets it, resume() clears it (kHasPaused records that either was called).
  paused: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      if (value) this[kState] |= kHasPaused | kPaused;
      else this[kState] = (this[kState] | kHasPaused) & ~kPaused;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kErrored) !== 0 ? erroredValues.get(this) : null; },
    set(value) {
      if (value) {
        erroredValues.set(this, value);
        this[kState] |= kErrored;
      } else {
        this[kState] &= ~kErrored;
      }
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kUtf8Default) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kUtf8Default;
      } else {
        this[kState] &= ~kUtf8Default;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  decoder: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kDecoder) !== 0 ? this[kDecoderValue] : null; },
    set(value) {
      if (value) {
        this[kDecoderValue] = value;
        this[kState] |= kDecoder;
      } else {
        this[kState] &= ~kDecoder;
      }
    },
  },
  encoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kDecoder) !== 0 ? this[kEncodingValue] : null; },
    set(value) { this[kEncodingValue] = value; },
  },
  pipesCount: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this.pipes.length; },
  },
});

function Readable(options) {
  // Readable's constructor also runs for Duplex (Readable.call).
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof lazyDuplex();
  // The listener table first, pre-shaped with the events streams use (as Node 22, which keeps
  // it in one hidden class and shows it first in util.inspect).
  let shaped = false;
  if (this._events === undefined) {
    shaped = true;
    this._events = isDuplex ? {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    } : {
      close: undefined,
      error: undefined,
      data: undefined,
      end: undefined,
      readable: undefined,
    };
  }
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  if (shaped && EE.init === kOriginalInit) {
    // All that Stream.call() would do (it calls EventEmitter.init).
    initShaped(this, options);
  } else {
    if (shaped) markShapedEvents(this._events);
    Stream.call(this, options);
  }

  // (construct() does nothing without a _construct: no callback made per stream then. The
  // callback is made in a function of its own: a closure here would make every Readable's
  // construction allocate a context for `this`.)
  if (typeof this._construct === 'function') constructReadable(this);
}

function constructReadable(stream) {
  destroyImpl.construct(stream, () => {
    const state = stream._readableState;
    if ((state[kState] & kNeedReadable) !== 0) maybeReadMore(stream, state);
  });
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// push() answers whether more data is welcome: not ended and below the highWaterMark.
Readable.prototype.push = function push(chunk, encoding) {
  const state = this._readableState;
  // The end (what both modes do with null), without the byte mode's type checks: a request's
  // push(null) comes through here, inlined into node:http's head callback.
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(this, state);
    return false;
  }
  return (state[kState] & kObjectMode) === 0 ?
    pushBytes(this, state, chunk, encoding) :
    pushObject(this, state, chunk);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  const state = this._readableState;
  return (state[kState] & kObjectMode) === 0 ?
    unshiftBytes(this, state, chunk, encoding) :
    unshiftObject(this, state, chunk);
};

// A byte-mode chunk's size: a string's length, or a Buffer's read the way V8 10.2 can inline (see
// kShapeProbe in lib/internal/buffer.js; `chunk.length` would be a generic property load).
function chunkLength(chunk) {
  if (typeof chunk === 'string') return chunk.length;
  void chunk[kShapeProbe];
  return TypedArrayPrototypeGetLength(chunk);
}

function bufferLength(buf) {
  void buf[kShapeProbe];
  return TypedArrayPrototypeGetLength(buf);
}

function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function pushObject(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  const bits = state[kState];
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] = bits & ~kReading;
  addChunk(stream, state, chunk, false, 1);
  return canPushMore(state);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  const bits = state[kState];
  if ((bits & kEndEmitted) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;
  addChunk(stream, state, chunk, true, 1);
  return canPushMore(state);
}

// Normalizes a byte-mode chunk: a Buffer, a string (kept only when it is already in the decoder's
// encoding), or undefined after reporting a bad type. `encoding` '' marks a Buffer.
function toByteChunk(stream, state, chunk, encoding, addToFront) {
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    const decoderEncoding = state.encoding;
    if (decoderEncoding !== encoding) {
      if (addToFront && decoderEncoding) {
        return Buffer.from(chunk, encoding).toString(decoderEncoding);
      }
      return Buffer.from(chunk, encoding);
    }
    return chunk;
  }
  if (chunk instanceof Buffer) return chunk;
  if (Stream._isUint8Array(chunk)) return Stream._uint8ArrayToBuffer(chunk);
  if (chunk == null) return chunk;
  errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE('chunk', kChunkTypes, chunk));
  return undefined;
}

function pushBytes(stream, state, chunk, encoding) {
  if (!(chunk instanceof Buffer)) {
    if (chunk === null) {
      state[kState] &= ~kReading;
      onEofChunk(stream, state);
      return false;
    }
    const original = chunk;
    chunk = toByteChunk(stream, state, chunk, encoding, false);
    if (chunk === undefined) {
      // A bad type was reported; undefined itself pushes nothing.
      if (original !== undefined) return false;
      state[kState] &= ~kReading;
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  let len = chunkLength(chunk);
  if (len === 0) {
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }
  const bits = state[kState];
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;
  state[kState] = bits & ~kReading;
  if ((bits & kDecoder) !== 0 && typeof chunk !== 'string') {
    chunk = state[kDecoderValue].write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false, len);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  const original = chunk;
  chunk = toByteChunk(stream, state, chunk, encoding, true);
  if (chunk === undefined) {
    return original === undefined ? canPushMore(state) : false;
  }
  const len = chunkLength(chunk);
  if (len === 0) return canPushMore(state);
  const bits = state[kState];
  if ((bits & kEndEmitted) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    return false;
  }
  if ((bits & (kDestroyed | kErrored)) !== 0) return false;
  addChunk(stream, state, chunk, true, len);
  return canPushMore(state);
}

// stream.emit('data', chunk) and stream.listenerCount('data') > 0, reading `_events.data` here
// when the stream has EventEmitter's own methods (see internal/events/hot_path).
function emitData(stream, chunk) {
  const events = stream._events;
  if (events !== undefined && stream.emit === kOriginalEmit) {
    const listener = events.data;
    if (typeof listener === 'function') {
      callListener(stream, listener, 'data', chunk);
      return;
    }
  }
  stream.emit('data', chunk);
}

// stream.emit(name) for the argument-less events a Readable emits itself: when the stream has
// EventEmitter's own emit and no listener for the event, emit() would do nothing, and it is not
// called. Each event has a function of its own, so that `_events.<name>` is read at a site that
// sees only streams' listener tables (emit()'s `_events[type]` sees every emitter and every event
// name, and V8 leaves it a megamorphic hash probe): an HTTP request emits four of these, usually
// with nobody listening.
function emitReadableEvent(stream) {
  if (stream.emit !== kOriginalEmit || stream._events?.readable !== undefined) stream.emit('readable');
}
function emitResumeEvent(stream) {
  if (stream.emit !== kOriginalEmit || stream._events?.resume !== undefined) stream.emit('resume');
}
function emitEndEvent(stream) {
  if (stream.emit !== kOriginalEmit || stream._events?.end !== undefined) stream.emit('end');
}
function emitCloseEvent(stream) {
  if (stream.emit !== kOriginalEmit || stream._events?.close !== undefined) stream.emit('close');
}

function hasDataListeners(stream) {
  if (stream.listenerCount === kOriginalListenerCount) {
    const events = stream._events;
    return events !== undefined && events.data !== undefined;
  }
  return stream.listenerCount('data') > 0;
}

// `len` is what the chunk counts for in state.length (1 in objectMode).
function addChunk(stream, state, chunk, addToFront, len) {
  const bits = state[kState];
  if ((bits & (kFlowing | kSync)) === kFlowing && state.length === 0 && hasDataListeners(stream)) {
    // Flowing with nothing queued: hand the chunk straight to 'data'.
    if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] |= kDataEmitted;
    emitData(stream, chunk);
  } else {
    state.length += len;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    if ((bits & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  const bits = this._readableState[kState];
  return (bits & kPaused) !== 0 || (bits & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  // The decoder's own (normalized) name, e.g. 'utf8' for 'UTF-8'.
  state.encoding = decoder.encoding;

  // What is queued is re-read as text.
  let content = '';
  const { buffer } = state;
  for (let i = state.bufferIndex; i < buffer.length; i++) content += decoder.write(buffer[i]);
  state.buffer = [];
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// Readers asking for more than 1 GiB at once get an error; otherwise the mark grows to the next
// power of two at or above the request.
const kMaxHighWaterMark = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) can hand out now (0 when it must wait for more).
function howMuchToRead(n, state) {
  const bits = state[kState];
  if (n <= 0 || (state.length === 0 && (bits & kEnded) !== 0)) return 0;
  if ((bits & kObjectMode) !== 0) return 1;
  if (n !== n) {
    // read() without a size: the first chunk when flowing, else everything.
    if ((bits & kFlowing) !== 0 && state.length !== 0) {
      return chunkLength(state.buffer[state.bufferIndex]);
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return (bits & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) only triggers a 'readable' (or 'end') when there is something to report.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask _read for more when below the mark (or when a 'readable' is awaited), unless a read is
  // already under way, the stream ended or failed, or it is still being constructed.
  let doRead = (state[kState] & kNeedReadable) !== 0 ||
    state.length === 0 || state.length - n < state.highWaterMark;
  const bits = state[kState];
  if ((bits & (kEnded | kReading | kDestroyed | kErrored | kConstructed)) !== kConstructed) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // A synchronous push may have made data available.
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret = null;
  if (n > 0) ret = fromList(n, state);

  if (ret === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    else state[kState] &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Nothing left: the next push must wake a reader.
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // A read past the end: end now.
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    emitData(this, ret);
  }
  return ret;
};

const readableRead = Readable.prototype.read;

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if ((state[kState] & kDecoder) !== 0) {
    const chunk = state[kDecoderValue].end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // push(null) inside _read: let read() finish first.
    const queues = (state[kState] & kEmittedReadable) === 0;
    emitReadable(stream);
    // An IncomingMessage notes the async id of that tick (see resumeDeferred).
    if (queues && stream[kEofTick] === 0) stream[kEofTick] = async_id_fields[kAsyncIdCounter];
  } else {
    state[kState] = (state[kState] & ~kNeedReadable) | kEmittedReadable;
    emitReadable_(stream);
  }
}

// 'readable' goes out on the next tick, once until read() resets it.
function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEnded) !== 0) {
    const owner = stream[kEofTick];
    if (owner !== undefined && typeof owner === 'object') {
      // This tick also runs the steps that resumeDeferred's caller left to it.
      // These steps end the stream (the resumed stream flows to its end): its 'end' tick, queued
      // with nothing before it, would run right after this one. It runs at this tick's end
      // instead (endReadable). The stream itself records where that stands (kEofStepsRunning,
      // then kEofEndPending): a stream kept in a module variable is a young object stored into
      // an old one, a write barrier's slow path each time.
      // (emitReadableStep and, below, runEndOfEofTick are written out here: as calls V8 would
      // inline them, and their bytecode would count against this function's inlining budget,
      // which the steps they lead to — flow, resume_, endReadableNT, autoDestroy — need.)
      stream[kEofTick] = kEofStepsRunning;
      eofStepsRunning = true;
      try {
        try {
          if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
              (state.length !== 0 || (state[kState] & kEnded) !== 0)) {
            emitReadableEvent(stream);
            state[kState] &= ~kEmittedReadable;
          }
          const bits = state[kState];
          if ((bits & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
            state[kState] |= kNeedReadable;
          } else {
            state[kState] &= ~kNeedReadable;
          }
          flow(stream);
        } catch (err) {
          // As when a tick throws: 'uncaughtException' first, then the next tick's steps.
          triggerUncaughtException(err, false);
        }
        internals.afterEofTick(stream, owner);
      } catch (err) {
        if (stream[kEofTick] !== kEofEndPending) throw err;
        triggerUncaughtException(err, false);
      } finally {
        eofStepsRunning = false;
        if (stream[kEofTick] === kEofStepsRunning) stream[kEofTick] = kEofDone;
      }
      if (stream[kEofTick] === kEofEndPending) {
        stream[kEofTick] = kEofDone;
        const outerId = async_id_fields[kExecutionAsyncId];
        const outerTrigger = async_id_fields[kTriggerAsyncId];
        async_id_fields[kExecutionAsyncId] = endOfEofTickId;
        async_id_fields[kTriggerAsyncId] = endOfEofTickTrigger;
        try {
          endReadableNT(stream._readableState, stream);
        } catch (err) {
          triggerUncaughtException(err, false);
        }
        async_id_fields[kExecutionAsyncId] = outerId;
        async_id_fields[kTriggerAsyncId] = outerTrigger;
      }
      return;
    }
  }
  emitReadableStep(stream, state);
}

// An IncomingMessage's kEofTick after its end-of-stream tick took its owner's steps: while they
// run; when endReadable left the 'end' tick to the end of that tick; after.
const kEofStepsRunning = -2;
const kEofEndPending = -3;
const kEofDone = -1;
// Whether an end-of-stream tick is running its owner's steps (emitReadable_).
let eofStepsRunning = false;
// The async ids of the 'end' tick that endReadable left to the end of that tick.
let endOfEofTickId = 0;
let endOfEofTickTrigger = 0;

function emitReadableStep(stream, state) {
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length !== 0 || (state[kState] & kEnded) !== 0)) {
    emitReadableEvent(stream);
    state[kState] &= ~kEmittedReadable;
  }
  // More 'readable' events only once a read drained the queue below the mark; a flowing stream
  // keeps flowing.
  const bits = state[kState];
  if ((bits & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  } else {
    state[kState] &= ~kNeedReadable;
  }
  flow(stream);
}

// After a push, top the queue up to the mark (or keep a flowing stream fed) on the next tick, so
// that a _read which pushes synchronously is not re-entered in the same stack.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // _read pushed nothing synchronously.
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // A second destination: wait for every slow one.
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination that goes away while we wait for its 'drain' must not stall the others.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      // Made on the first backpressure only: most pipes never need it.
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on the destination unpipes; it is rethrown when nobody else listens.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if ((state[kState] & kFlowing) === 0) {
    src.resume();
  }
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// A 'data' listener starts the flow (unless paused explicitly); a 'readable' listener switches to
// paused mode and takes precedence over 'data'.
Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    else state[kState] &= ~kReadableListening;
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] = (state[kState] | kReadableListening | kNeedReadable | kHasFlowing) &
        ~(kFlowing | kEmittedReadable);
      if (state.length) {
        emitReadable(this);
      } else if ((state[kState] & kReading) === 0) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;

  if ((state[kState] & (kResumeScheduled | kHasPaused | kPaused)) ===
      (kResumeScheduled | kHasPaused)) {
    // resume() was called while 'readable' listeners held the stream: flowing now.
    state[kState] |= kHasFlowing | kFlowing;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

// resume() switches to flowing mode, unless a 'readable' listener keeps the stream paused; the
// flow itself starts on the next tick.
Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (markResumed(state)) process.nextTick(resume_, this, state);
  return this;
};

// resume()'s change of state; answers whether its resume step is to be queued (not yet queued).
function markResumed(state) {
  let queue = false;
  if ((state[kState] & kFlowing) === 0) {
    state[kState] |= kHasFlowing;
    if ((state[kState] & kReadableListening) === 0) state[kState] |= kFlowing;
    else state[kState] &= ~kFlowing;
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      queue = true;
    }
  }
  state[kState] = (state[kState] | kHasPaused) & ~kPaused;
  return queue;
}

// resume() for a caller that would queue a tick of its own right after (the HTTP server: the
// response's close): answers 0 when resume() queued what it needed itself; 1 when the caller owes
// the resume step (runResume), to run first in the tick it queues at once — the tick resume_
// would have had comes right before it; 2 when the stream's end-of-stream 'readable' tick (queued
// by push(null) before any read, as a request without a body has) is still pending and is the
// last tick queued: the three ticks would run back to back, so that one runs the resume step and
// then internals.afterEofTick(stream, owner) — `owner` the caller's — and the caller queues
// nothing. docs/design-notes.md, "HTTP hot path". With async hooks on, plain resume() (the hooks
// see Node's ticks).
function resumeDeferred(stream, owner) {
  if (!hookState.quick) {
    stream.resume();
    return 0;
  }
  const state = stream._readableState;
  if (!markResumed(state)) return 0;
  // Still pending: its 'readable' step clears kEmittedReadable when it runs (ended, neither
  // destroyed nor errored); no async id handed out since it was queued: the last tick.
  // (Not while AsyncLocalStorage is in use: that tick may carry another context than the
  // caller's.)
  const eofTick = stream[kEofTick];
  if ((state[kState] & (kEmittedReadable | kEnded | kDestroyed | kErrored)) ===
        (kEmittedReadable | kEnded) && !frameState.enabled &&
      typeof eofTick === 'number' && eofTick > 0 &&
      eofTick === async_id_fields[kAsyncIdCounter]) {
    stream[kEofTick] = owner;
    return 2;
  }
  return 1;
}

const readableResume = Readable.prototype.resume;

// Whether stream.resume() would change nothing: Readable's own resume() on a stream already
// flowing, and resumed (not paused) since. (node:http's readStart calls socket.resume() after
// every request; lib/_http_incoming.js.)
function resumeChangesNothing(stream) {
  const state = stream._readableState;
  return state !== undefined && stream.resume === readableResume &&
    (state[kState] & (kFlowing | kHasPaused | kPaused)) === (kFlowing | kHasPaused);
}

function runResume(stream) {
  resume_(stream, stream._readableState);
}

// The resume step of an ended stream with nothing buffered whose 'end' is already scheduled (a
// request without a body that its server resumes), with Readable's own read() and emit() and no
// 'resume' listener: each of the read(0)/read() calls below would only note that 'end' is to be
// checked again (kEndRecheck), and nothing else would run; so that is done at once.
const kResumeEndedMask = kReading | kEnded | kEndScheduled | kEndEmitted | kFlowing;
const kResumeEnded = kEnded | kEndScheduled | kFlowing;
const kResumedEndedKeep = ~(kResumeScheduled | kEmittedReadable);

function resume_(stream, state) {
  const bits = state[kState];
  if ((bits & kResumeEndedMask) === kResumeEnded && state.length === 0 &&
      stream.read === readableRead && stream.emit === kOriginalEmit &&
      stream._events?.resume === undefined) {
    state[kState] = (bits | kEndRecheck) & kResumedEndedKeep;
  } else {
    resumeFlow(stream, state);
  }
}

function resumeFlow(stream, state) {
  if ((state[kState] & kReading) === 0) readZero(stream, state);
  state[kState] &= ~kResumeScheduled;
  emitResumeEvent(stream);
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) readZero(stream, state);
}

// The stream's own read(0) and read() calls (resume_, flow). On an ended stream with nothing
// buffered, Readable's read() does no more than endReadable() (and read() without a size clears
// emittedReadable), then answers null: a request without a body goes through four such calls at
// its end. That is done here without the call while `read` is Readable's own (a subclass's or an
// instance's read is called as before).
function readZero(stream, state) {
  if ((state[kState] & kEnded) !== 0 && state.length === 0 && stream.read === readableRead) {
    endReadable(stream);
  } else {
    stream.read(0);
  }
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
    state[kState] = (state[kState] | kHasFlowing) & ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kFlowing | kEnded)) === (kFlowing | kEnded) && state.length === 0 &&
      stream.read === readableRead) {
    // read() of an ended, empty stream (see readZero).
    state[kState] &= ~kEmittedReadable;
    endReadable(stream);
    return;
  }
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// Wraps an old-style stream (only 'data'/'end' events and pause/resume) as a Readable.
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // The wrapped stream's own methods, where ours has none of that name.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }
  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    configurable: true,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false &&
        (r[kState] & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(value) {
      if (this._readableState) this._readableState.readable = !!value;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this._readableState[kState] & kDataEmitted) !== 0; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r.readable !== false && (r[kState] & (kDestroyed | kErrored)) !== 0 &&
        (r[kState] & kEndEmitted) === 0;
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r && (r.bufferIndex === 0 ? r.buffer : r.buffer.slice(r.bufferIndex));
    },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kObjectMode) !== 0 : false;
    },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? r.encoding : null;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? r.errored : null;
    },
  },
  closed: {
    __proto__: null,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kClosed) !== 0 : false;
    },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kDestroyed) !== 0 : false;
    },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const r = this._readableState;
      return r ? (r[kState] & kEndEmitted) !== 0 : false;
    },
  },
});

Readable._fromList = fromList;

// Takes n units (n > 0, n <= state.length) off the front of the queue. Does not touch length.
function fromList(n, state) {
  if (state.length === 0) return null;
  const buffer = state.buffer;
  let index = state.bufferIndex;
  let ret;

  if ((state[kState] & kObjectMode) !== 0) {
    ret = buffer[index];
    buffer[index++] = undefined;
  } else if (!n || n >= state.length) {
    // Everything.
    const count = buffer.length - index;
    if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      for (let i = index; i < buffer.length; i++) ret += buffer[i];
    } else if (count === 1) {
      ret = buffer[index];
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let offset = 0;
      for (let i = index; i < buffer.length; i++) {
        const chunk = buffer[i];
        ret.set(chunk, offset);
        offset += bufferLength(chunk);
      }
    }
    index = buffer.length;
  } else {
    const head = buffer[index];
    const headLength = chunkLength(head);
    if (n < headLength) {
      // Strings and Buffers slice alike.
      ret = head.slice(0, n);
      buffer[index] = head.slice(n);
    } else if (n === headLength) {
      ret = head;
      buffer[index++] = undefined;
    } else if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (n > 0) {
        const str = buffer[index];
        if (n >= str.length) {
          ret += str;
          n -= str.length;
          buffer[index++] = undefined;
        } else {
          ret += str.slice(0, n);
          buffer[index] = str.slice(n);
          n = 0;
        }
      }
    } else {
      ret = Buffer.allocUnsafe(n);
      let offset = 0;
      while (offset < n) {
        const buf = buffer[index];
        const wanted = n - offset;
        const bufLength = bufferLength(buf);
        if (wanted >= bufLength) {
          ret.set(buf, offset);
          offset += bufLength;
          buffer[index++] = undefined;
        } else {
          ret.set(new Uint8Array(buf.buffer, buf.byteOffset, wanted), offset);
          buffer[index] = buf.slice(wanted);
          offset = n;
        }
      }
    }
  }

  if (index === buffer.length) {
    // Emptied: truncate in place (no new array per chunk).
    buffer.length = 0;
    state.bufferIndex = 0;
  } else if (index > 1024) {
    buffer.splice(0, index);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = index;
  }
  return ret;
}

// 'end' goes out on a later tick. A stream that has ended is usually read several times before
// that tick (a flowing request: resume_'s read(0), flow()'s read(), …), and Node queues one
// endReadableNT per call, all but the first finding 'end' emitted. Here the calls made while one
// is queued share it: the state they would see is the same unless data was unshifted meanwhile,
// in which case the queued tick, finding data, checks once more on a later tick.
// (Small, so that V8 inlines it into its callers at no cost to their inlining budget: the calls
// that find 'end' scheduled or emitted already — a bodiless request makes three — stay inline,
// and the first call schedules it out of line.)
function endReadable(stream) {
  const state = stream._readableState;
  const bits = state[kState];
  if ((bits & kEndEmitted) === 0) {
    if ((bits & kEndScheduled) !== 0) state[kState] = bits | kEnded | kEndRecheck;
    else scheduleEnd(stream, state, bits);
  }
}

function scheduleEnd(stream, state, bits) {
  state[kState] = bits | kEnded | kEndScheduled;
  if (eofStepsRunning && stream[kEofTick] === kEofStepsRunning && tickQueueIsEmpty() &&
      hookState.quick && !frameState.enabled) {
    // Nothing is queued: the tick would run right after the current one (see emitReadable_),
    // and a tick queued from now on comes after it either way. Its ids are taken now, as
    // nextTick would (the running tick its trigger).
    stream[kEofTick] = kEofEndPending;
    endOfEofTickId = ++async_id_fields[kAsyncIdCounter];
    const trigger = async_id_fields[kDefaultTriggerAsyncId];
    endOfEofTickTrigger = trigger < 0 ? async_id_fields[kExecutionAsyncId] : trigger;
    return;
  }
  process.nextTick(endReadableNT, state, stream);
}

// (The cases where 'end' does not go out, and a Duplex's destroy, are out of line: V8 inlines
// this into the end-of-stream tick of a request, emitReadable_, within its inlining budget.)
function endReadableNT(state, stream) {
  const bits = state[kState];
  if ((bits & (kErrored | kCloseEmitted | kEndEmitted)) !== 0 || state.length !== 0) {
    endNotEmitted(state, stream, bits);
    return;
  }
  state[kState] = (bits & ~(kEndScheduled | kEndRecheck)) | kEndEmitted;
  emitEndEvent(stream);

  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableNT, stream);
  } else if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once both sides are done (or its writable side is disabled).
    const wState = stream._writableState;
    if (!wState) {
      // The last thing this tick does.
      if (stream.destroy === destroyImpl.destroy) autoDestroy(stream, state);
      else stream.destroy();
    } else {
      autoDestroyDuplex(stream, wState);
    }
  }
}

function endNotEmitted(state, stream, bits) {
  if ((bits & kEndRecheck) !== 0 && state.length !== 0 &&
      (bits & (kErrored | kCloseEmitted | kEndEmitted)) === 0) {
    state[kState] = bits & ~kEndRecheck;
    process.nextTick(endReadableNT, state, stream);
  } else {
    state[kState] = bits & ~(kEndScheduled | kEndRecheck);
  }
}

function autoDestroyDuplex(stream, wState) {
  if (wState.autoDestroy && (wState.finished || wState.writable === false)) stream.destroy();
}

// stream.destroy() of a plain Readable after its 'end' (destroy.js's destroy and _destroy, with no
// callback of a caller's), whose _destroy callback may emit 'close' in the tick that calls it
// instead of queuing a tick for it: see closeOnDestroyCallback.
let inlineCloseCallback = null;
// The stream whose _destroy autoDestroy is calling as the last step of the 'end' tick (see
// atTickEnd), or null.
let destroyAtTickEnd = null;

function autoDestroy(stream, state) {
  const bits = state[kState];
  if ((bits & kDestroyed) !== 0) return;
  if ((bits & kConstructed) === 0) {
    stream.destroy();
    return;
  }
  state[kState] = bits | kDestroyed;
  if (hookState.quick && async_id_fields[kAsyncIdCounter] === async_id_fields[kExecutionAsyncId] &&
      internals.closesAtTickEnd !== null && internals.closesAtTickEnd(stream)) {
    // The stream's _destroy would call its callback at once, without an error (an
    // IncomingMessage's own, at the end of the 'end' tick with nothing queued since: see atTickEnd),
    // and that callback would emit 'close' at once (closeOnDestroyCallback). Done here without the
    // callback that this function would otherwise make for each stream.
    state[kState] |= kClosed;
    emitCloseNT(stream);
    return;
  }
  destroyWithCallback(stream, state);
}

// autoDestroy's general case: the stream's _destroy with a callback. (Out of line: the closure
// and the try would make autoDestroy too big for V8 to inline it into a request's end.)
function destroyWithCallback(stream, state) {
  destroyAtTickEnd = stream;
  let called = false;
  let closedInline = false;
  const onDestroy = (err) => {
    if (called) return;
    called = true;
    if (err) {
      err.stack; // eslint-disable-line no-unused-expressions
      if ((state[kState] & kErrored) === 0) state.errored = err;
    }
    state[kState] |= kClosed;
    if (err) {
      process.nextTick(emitErrorCloseNT, stream, err);
    } else if (inlineCloseCallback === onDestroy) {
      inlineCloseCallback = null;
      closedInline = true;
      emitCloseNT(stream);
    } else {
      process.nextTick(emitCloseNT, stream);
    }
  };
  try {
    stream._destroy(null, onDestroy);
  } catch (err) {
    destroyAtTickEnd = null;
    // A 'close' listener's exception (close went out in this call) is the caller's, as from
    // the tick it would have had.
    if (closedInline) throw err;
    onDestroy(err);
  }
  destroyAtTickEnd = null;
}

// For a _destroy of `stream` (IncomingMessage's own) that would queue a tick to call its
// callback: answers whether that tick would run right after the current one — this is
// autoDestroy's call, made last thing in the 'end' tick, and nothing was queued since that tick
// (no async id handed out since its own) — so it may call it now instead. Asked once, before any
// code of the user's runs.
function atTickEnd(stream) {
  const answer = destroyAtTickEnd === stream && hookState.quick &&
    async_id_fields[kAsyncIdCounter] === async_id_fields[kExecutionAsyncId];
  destroyAtTickEnd = null;
  return answer;
}

// Calls a _destroy callback `cb` (with `err`) from the tick that IncomingMessage queues for it:
// when it is autoDestroy's, with no error, and this tick is the last one queued (no async id was
// handed out since its own), the 'close' tick it would queue would run right after this one, so
// 'close' goes out now instead. With async hooks on, the ticks stay Node's (hooks see each).
function closeOnDestroyCallback(cb, err) {
  if (!hookState.quick ||
      async_id_fields[kAsyncIdCounter] !== async_id_fields[kExecutionAsyncId]) {
    cb(err);
    return;
  }
  inlineCloseCallback = cb;
  try {
    cb(err);
  } finally {
    inlineCloseCallback = null;
  }
}

function emitErrorCloseNT(stream, err) {
  const state = stream._readableState;
  if ((state[kState] & kErrorEmitted) === 0) {
    state[kState] |= kErrorEmitted;
    stream.emit('error', err);
  }
  emitCloseNT(stream);
}

function emitCloseNT(stream) {
  const state = stream._readableState;
  state[kState] |= kCloseEmitted;
  if ((state[kState] & kEmitClose) !== 0) emitCloseEvent(stream);
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

internals.resumeDeferred = resumeDeferred;
internals.kState = kState;
internals.kReadingMore = kReadingMore;
internals.runResume = runResume;
internals.resumeChangesNothing = resumeChangesNothing;
internals.closeOnDestroyCallback = closeOnDestroyCallback;
internals.atTickEnd = atTickEnd;
