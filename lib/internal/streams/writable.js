'use strict';
// tide's Writable, in place of readable-stream's lib/internal/streams/writable.js (realm.js's
// kReplacedFiles), so Duplex, Transform, pipeline and the rest of readable-stream use it unchanged.
// Node 22's behaviour and public surface; the state is one integer of flag bits (`[kState]`) plus a
// few value slots instead of ~25 booleans, and every legacy field (`ended`, `needDrain`, `writing`,
// …) is a getter/setter on WritableState.prototype, so code that reads or writes
// `_writableState.<field>` (destroy.js, end-of-stream, net, http, fs) keeps working. The hot path
// — write() on an idle stream whose _write calls back synchronously — reads and writes the bit
// field directly and allocates nothing per chunk; the callback passed to _write is made once per
// stream. See docs/design-notes.md "Streams".

const EE = require('events');
const { markShapedEvents } = require('internal/events/hot_path');
const { Buffer } = require('buffer');
const { kShapeProbe, TypedArrayPrototypeGetLength } = require('internal/buffer');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/deps/readable-stream/lib/internal/streams/destroy');
const { addAbortSignal } = require('internal/deps/readable-stream/lib/internal/streams/add-abort-signal');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/deps/readable-stream/lib/internal/streams/state');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('internal/streams/errors').codes;

const { errorOrDestroy } = destroyImpl;
const kChunkTypes = ['string', 'Buffer', 'Uint8Array'];

module.exports = Writable;
Writable.WritableState = WritableState;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

function nop() {}

const kState = Symbol('kState');
// Value slots, added when first needed (so util.inspect shows what Node shows).
const kOnFinished = Symbol('kOnFinished');
// A state's error, kept outside it: a field added at the first error would give that state a new
// map, and every optimized function that had seen only the old one would be thrown away then (a
// server's first failed connection, long after its hot path was optimized).
const erroredValues = new WeakMap();
const kEncodingValue = Symbol('kDefaultEncodingValue');
const kTickInfo = Symbol('kAfterWriteTickInfoValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kBufferedValue = Symbol('kBufferedValue');

// Flag bits of WritableState[kState].
const kObjectMode = 1 << 0;
const kEnded = 1 << 1;
const kConstructed = 1 << 2;
const kSync = 1 << 3;
const kErrorEmitted = 1 << 4;
const kEmitClose = 1 << 5;
const kAutoDestroy = 1 << 6;
const kDestroyed = 1 << 7;
const kClosed = 1 << 8;
const kCloseEmitted = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kErrored = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kUtf8Default = 1 << 23;
const kExpectWriteCb = 1 << 24; // a _write is in flight (its callback may be nop)
const kWriteCb = 1 << 25; // ... and its callback is in [kWriteCbValue]

// Any of these means a new chunk must wait in the buffer rather than go straight to _write.
const kMustBuffer = kWriting | kErrored;
// Conditions under which finishing is out of the question for now.
const kBlocksFinish = kDestroyed | kErrored | kFinished | kWriting | kErrorEmitted | kCloseEmitted;

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

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  let bits = kSync | kConstructed | kEmitClose | kAutoDestroy | kDecodeStrings | kUtf8Default |
    kAllBuffers | kAllNoop;
  if (options) {
    if (options.objectMode || (isDuplex && options.writableObjectMode)) bits |= kObjectMode;
    if (options.decodeStrings === false) bits &= ~kDecodeStrings;
    if (options.emitClose === false) bits &= ~kEmitClose;
    if (options.autoDestroy === false) bits &= ~kAutoDestroy;
  }
  this[kState] = bits;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  const encoding = options ? options.defaultEncoding : undefined;
  if (encoding != null && encoding !== 'utf8' && encoding !== 'utf-8') {
    if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    this[kState] &= ~kUtf8Default;
    this[kEncodingValue] = encoding;
  }

  // Bytes (or objects) accepted by write() and not yet acknowledged by _write's callback.
  this.length = 0;
  this.corked = 0;
  // The one callback handed to every _write/_writev call of this stream. A closure rather than a
  // bound function: calls to closures made by one literal can be inlined by V8, bound ones not.
  this.onwrite = (er) => onwrite(stream, er);
  this.writelen = 0;
  // Chunks waiting for _write: { chunk, encoding, callback } from bufferedIndex on, or null.
  this[kBufferedValue] = null;
  this.bufferedIndex = 0;
  this.pendingcb = 0;
}

// A byte-mode chunk's size: a string's length, or a Buffer's read the way V8 10.2 can inline (see
// kShapeProbe in lib/internal/buffer.js; `chunk.length` would be a generic property load).
function chunkLength(chunk) {
  if (typeof chunk === 'string') return chunk.length;
  void chunk[kShapeProbe];
  return TypedArrayPrototypeGetLength(chunk);
}

function bufferedCount(state) {
  const buffered = state[kBufferedValue];
  return buffered === null ? 0 : buffered.length - state.bufferedIndex;
}

// The end() callbacks waiting for 'finish', taken off the state.
function takeOnFinished(state) {
  const callbacks = state[kOnFinished];
  return callbacks === undefined || callbacks.length === 0 ? [] : callbacks.splice(0);
}

function setWriteCb(state, cb) {
  if (cb === nop) {
    state[kState] = (state[kState] | kExpectWriteCb) & ~kWriteCb;
  } else {
    state[kWriteCbValue] = cb;
    state[kState] |= kExpectWriteCb | kWriteCb;
  }
}

Object.defineProperties(WritableState.prototype, {
  objectMode: flag(kObjectMode),
  finalCalled: flag(kFinalCalled),
  needDrain: flag(kNeedDrain),
  ending: flag(kEnding),
  ended: flag(kEnded),
  finished: flag(kFinished),
  destroyed: flag(kDestroyed),
  decodeStrings: flag(kDecodeStrings),
  writing: flag(kWriting),
  sync: flag(kSync),
  bufferProcessing: flag(kBufferProcessing),
  constructed: flag(kConstructed),
  prefinished: flag(kPrefinished),
  errorEmitted: flag(kErrorEmitted),
  emitClose: flag(kEmitClose),
  autoDestroy: flag(kAutoDestroy),
  closed: flag(kClosed),
  closeEmitted: flag(kCloseEmitted),
  allBuffers: flag(kAllBuffers),
  allNoop: flag(kAllNoop),
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
  // undefined until someone sets it (Duplex with writable: false sets false).
  writable: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const bits = this[kState];
      return (bits & kHasWritable) === 0 ? undefined : (bits & kWritable) !== 0;
    },
    set(value) {
      if (value == null) this[kState] &= ~(kHasWritable | kWritable);
      else if (value) this[kState] |= kHasWritable | kWritable;
      else this[kState] = (this[kState] | kHasWritable) & ~kWritable;
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kUtf8Default) !== 0 ? 'utf8' : this[kEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kUtf8Default;
      } else {
        this[kState] &= ~kUtf8Default;
        this[kEncodingValue] = value;
      }
    },
  },
  afterWriteTickInfo: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this[kTickInfo] ?? null; },
    set(value) { this[kTickInfo] = value; },
  },
  // The callback of the _write in flight; nop when write() got none or nothing is in flight (as
  // Node's).
  writecb: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kWriteCb) !== 0 ? this[kWriteCbValue] : nop; },
    set(value) {
      if (typeof value === 'function') {
        setWriteCb(this, value);
      } else {
        this[kState] &= ~(kExpectWriteCb | kWriteCb);
      }
    },
  },
  buffered: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this[kBufferedValue] ?? []; },
    set(value) { this[kBufferedValue] = value || null; },
  },
  bufferedRequestCount: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return bufferedCount(this); },
  },
});

WritableState.prototype.getBuffer = function getBuffer() {
  const buffered = this[kBufferedValue];
  return buffered === null ? [] : buffered.slice(this.bufferedIndex);
};

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

let Duplex;
function lazyDuplex() {
  Duplex ??= require('internal/deps/readable-stream/lib/internal/streams/duplex');
  return Duplex;
}

function Writable(options) {
  // Writable's constructor also runs for Duplex (Writable.call), whose prototype chain does not
  // include Writable.prototype.
  const isDuplex = this instanceof lazyDuplex();
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  // The listener table first, pre-shaped (see Readable).
  if (this._events === undefined) {
    this._events = {
      close: undefined,
      error: undefined,
      prefinish: undefined,
      finish: undefined,
      drain: undefined,
    };
    markShapedEvents(this._events);
  }
  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  // (construct() does nothing without a _construct: no callback made per stream then.)
  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => {
      const state = this._writableState;
      if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
      finishMaybe(this, state);
    });
  }
}

Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  },
});

// Piping out of a Writable makes no sense.
Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// Validates and queues one chunk; answers write()'s boolean, or the Error it reported.
function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  const bits = state[kState];
  if ((bits & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (bits & kUtf8Default) !== 0 ? 'utf8' : state[kEncodingValue];
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if ((bits & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (Stream._isUint8Array(chunk)) {
      chunk = Stream._uint8ArrayToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', kChunkTypes, chunk);
    }
  }

  if ((bits & (kEnding | kDestroyed)) !== 0) {
    const err = (bits & kEnding) !== 0 ?
      new ERR_STREAM_WRITE_AFTER_END() : new ERR_STREAM_DESTROYED('write');
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  const len = (bits & kObjectMode) !== 0 ? 1 : chunkLength(chunk);
  state.length += len;

  if ((bits & kMustBuffer) !== 0 || state.corked !== 0 || (bits & kConstructed) === 0) {
    const entry = { chunk, encoding, callback: cb };
    const buffered = state[kBufferedValue];
    if (buffered === null) state[kBufferedValue] = [entry];
    else buffered.push(entry);
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (cb !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    setWriteCb(state, cb);
    state[kState] |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // Decided after _write (as Node 20+): a chunk taken synchronously no longer counts.
  if (state.length < state.highWaterMark) {
    return (state[kState] & (kErrored | kDestroyed)) === 0;
  }
  state[kState] |= kNeedDrain;
  return false;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  setWriteCb(state, cb);
  state[kState] |= kWriting | kSync;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // The buffered chunks fail with the same error; then the stream is destroyed.
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  const bits = state[kState];
  if ((bits & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  let cb = nop;
  if ((bits & kWriteCb) !== 0) {
    cb = state[kWriteCbValue];
    state[kWriteCbValue] = null;
  }
  const sync = (bits & kSync) !== 0;
  state[kState] = bits & ~(kWriting | kExpectWriteCb | kWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    // Touch the stack now: keeping an unformatted error alive can leak (V8).
    er.stack; // eslint-disable-line no-unused-expressions
    if ((state[kState] & kErrored) === 0) state.errored = er;
    const rState = stream._readableState;
    if (rState && !rState.errored) rState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if (state[kBufferedValue] !== null) clearBuffer(stream, state);

  if (sync) {
    // Synchronous completions of the same callback share one nextTick: a sync _write called in a
    // loop costs one tick per batch, not per chunk.
    const info = state[kTickInfo];
    if (info != null && info.cb === cb) {
      info.count++;
    } else {
      const next = { count: 1, cb, stream, state };
      state[kTickInfo] = next;
      process.nextTick(afterWriteTick, next);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterWriteTick(info) {
  info.state[kTickInfo] = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  const bits = state[kState];
  if ((bits & (kNeedDrain | kEnding)) === kNeedDrain && state.length === 0 && !stream.destroyed) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every buffered chunk and pending end() callback (the stream errored or was destroyed).
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  const buffered = state[kBufferedValue];
  if (buffered !== null) {
    const objectMode = (state[kState] & kObjectMode) !== 0;
    for (let i = state.bufferedIndex; i < buffered.length; i++) {
      const { chunk, callback } = buffered[i];
      state.length -= objectMode ? 1 : chunkLength(chunk);
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }
  const callbacks = takeOnFinished(state);
  for (let i = 0; i < callbacks.length; i++) {
    callbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

// Hands buffered chunks to _writev (all at once) or _write (one by one while it completes
// synchronously).
function clearBuffer(stream, state) {
  const bits = state[kState];
  if (state.corked !== 0 ||
      (bits & (kBufferProcessing | kDestroyed | kConstructed)) !== kConstructed) {
    return;
  }
  const buffered = state[kBufferedValue];
  if (buffered === null) return;
  let i = state.bufferedIndex;
  const count = buffered.length - i;
  if (count === 0) return;

  state[kState] |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    const chunks = i === 0 ? buffered : buffered.slice(i);
    const callback = (bits & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = 0; n < chunks.length; n++) chunks[n].callback(err);
    };
    chunks.allBuffers = (bits & kAllBuffers) !== 0;
    resetBuffer(state);
    doWrite(stream, state, true, state.length, chunks, '', callback);
  } else {
    const objectMode = (bits & kObjectMode) !== 0;
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      doWrite(stream, state, false, objectMode ? 1 : chunkLength(chunk), chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    // doWrite may have reset the buffer (errorBuffer on a destroyed stream).
    if (state[kBufferedValue] === buffered) {
      if (i === buffered.length) {
        resetBuffer(state);
      } else if (i > 256) {
        buffered.splice(0, i);
        state.bufferedIndex = 0;
      } else {
        state.bufferedIndex = i;
      }
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() undoes every cork() at once.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already reported it.
  } else if ((state[kState] & (kErrored | kEnding)) === 0) {
    // ending is set before finishMaybe so a synchronous 'finish' sees writableEnded; ended after,
    // so that 'finish' listeners can still tell end() has not returned yet.
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err || (state[kState] & kFinished) !== 0) process.nextTick(cb, err);
    else (state[kOnFinished] ??= []).push(cb);
  }
  return this;
};

function needFinish(state) {
  return (state[kState] & (kEnding | kConstructed | kBlocksFinish)) === (kEnding | kConstructed) &&
    state.length === 0 && bufferedCount(state) === 0;
}

function callFinal(stream, state) {
  let called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const callbacks = takeOnFinished(state);
      for (let i = 0; i < callbacks.length; i++) callbacks[i](err);
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (needFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      // 'finish' comes on a later tick even when _final called back synchronously.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled;
    callFinal(stream, state);
  } else {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick(finishIfStillNeeded, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;
  const callbacks = takeOnFinished(state);
  for (let i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed once both sides are done (or its readable side is disabled).
    const rState = stream._readableState;
    if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
      stream.destroy();
    }
  }
}

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kClosed) !== 0 : false;
    },
  },
  destroyed: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kDestroyed) !== 0 : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return !!state && state.writable !== false &&
        (state[kState] & (kDestroyed | kErrored | kEnding | kEnded)) === 0;
    },
    set(value) {
      if (this._writableState) this._writableState.writable = !!value;
    },
  },
  writableFinished: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kFinished) !== 0 : false;
    },
  },
  writableObjectMode: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kObjectMode) !== 0 : false;
    },
  },
  writableBuffer: {
    __proto__: null,
    configurable: true,
    get() {
      return this._writableState && this._writableState.getBuffer();
    },
  },
  writableEnded: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      return state ? (state[kState] & kEnding) !== 0 : false;
    },
  },
  writableNeedDrain: {
    __proto__: null,
    configurable: true,
    get() {
      const state = this._writableState;
      if (!state) return false;
      return (state[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    configurable: true,
    get() {
      return this._writableState && this._writableState.highWaterMark;
    },
  },
  writableCorked: {
    __proto__: null,
    configurable: true,
    get() {
      return this._writableState ? this._writableState.corked : 0;
    },
  },
  writableLength: {
    __proto__: null,
    configurable: true,
    get() {
      return this._writableState && this._writableState.length;
    },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return this._writableState ? this._writableState.errored : null;
    },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const state = this._writableState;
      return state.writable !== false &&
        (state[kState] & (kDestroyed | kErrored)) !== 0 &&
        (state[kState] & kFinished) === 0;
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Buffered chunks and end() callbacks fail on the next tick (after 'error' is scheduled).
  if ((state[kState] & kDestroyed) === 0 &&
      (bufferedCount(state) > 0 || state[kOnFinished]?.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};
