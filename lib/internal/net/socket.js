'use strict';
// Socket: a Duplex over a libuv stream handle (Pipe, TTY; TCP with the net issue). This is the part
// of Node's net.Socket that does not depend on the transport: the handle, reading with
// backpressure, writes through stream_base_commons, half-open ends, destroy/close, byte counts,
// ref/unref, the idle timeout. tty.ReadStream/WriteStream and process.stdin/stdout/stderr are built
// on it; net adds connect/addresses/TCP options on top and exports it as net.Socket.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { guessHandleType } = internalBinding('tty_wrap');
const { UV_ENOTCONN } = internalBinding('uv');
const {
  ErrnoException,
  AbortError,
  codes: { ERR_INVALID_FD_TYPE, ERR_NOT_IMPLEMENTED, ERR_SOCKET_CLOSED, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInt32,
  validateNumber,
  validateFunction,
} = require('internal/validators');
const { Timeout, TIMEOUT_MAX, insert, unenroll, unrefActive, rearm } = require('internal/timers');
const { clearTimeout } = require('timers');
const {
  kOwner,
  kAfterAsyncWrite,
  kUpdateTimer,
  kBytesRead,
  kBytesWritten,
  writeGeneric,
  writevGeneric,
  onStreamRead,
  createShutdownWrap,
} = require('internal/stream_base_commons');

const kPendingWrite = Symbol('kPendingWrite');
// net's TCP options, kept until a handle exists (lib/net.js applies them).
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kTimeout = Symbol('kTimeout');
const kLastWriteQueueSize = Symbol('kLastWriteQueueSize');
const kPauseTimeout = Symbol('kPauseTimeout');
const kResumeTimeout = Symbol('kResumeTimeout');

// An idle timer that does not keep the process alive (timers' unref'd Timeout).
function setUnrefTimeout(callback, msecs) {
  const timer = new Timeout(callback, msecs, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

function getTimerDuration(msecs, name) {
  // The validator only when it will throw: its stack-hiding wrapper costs more than the check
  // (an HTTP keep-alive connection re-arms its timeout after every response).
  if (typeof msecs !== 'number') validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// A handle for an inherited descriptor: a Pipe for pipes and Unix sockets, a TCP handle for TCP
// sockets (addresses then work once net is loaded).
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (handle) {
    handle[kOwner] = socket;
    handle.onread = onStreamRead;
    handle.reading = false;
  }
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(new ErrnoException(err, 'read'));
}

// The peer ended and the socket is not half-open: writing now is an error (Node's wording).
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function afterShutdown() {
  // Shutting down a pipe that is no socket fails (ENOTSOCK); Node ignores shutdown errors too.
  this.callback();
}

class Socket extends Duplex {
  constructor(options) {
    if (typeof options === 'number') {
      options = { fd: options };  // the legacy form
    } else {
      options = { ...options };
    }
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    // 'close' is emitted by _destroy once the handle is closed, with hadError.
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);

    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._parent = null;
    this._host = null;
    // Written twice on purpose, as Timeout's fields are (internal/timers): _destroy() rewrites
    // both when a connection closes, and V8 keeps a field constant until its first rewrite, then
    // retires the map — every optimized function that checked it (a server's whole request
    // path) is thrown away at the first closed connection.
    this[kBytesRead] = -1;
    this[kBytesRead] = 0;
    this[kBytesWritten] = -1;
    this[kBytesWritten] = 0;
    this[kPendingWrite] = null;
    this[kTimeout] = null;
    this[kLastWriteQueueSize] = 0;
    // `timeout` stays undefined until setTimeout() (node's net.Socket).
    // net: TCP options, the server that accepted this socket, resetAndDestroy(), blockList.
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = Boolean(options.keepAlive);
    this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
    this.server = null;
    this._server = null;
    this.resetAndClosing = false;
    if (options.onread != null) {
      throw new ERR_NOT_IMPLEMENTED('The net.Socket "onread" option');
    }
    this.blockList = options.blockList;

    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      const { fd } = options;
      this._handle = createHandle(fd, false);
      const err = this._handle.open(fd);
      if (err) throw new ErrnoException(err, 'open');
    }

    this.on('end', onReadableStreamEnd);
    initSocketHandle(this);
    if (options.signal !== undefined) addAbortSignalOption(this, options.signal);

    // With a handle, data starts flowing into the buffer now (unless the creator starts it).
    if (this._handle && options.readable !== false) {
      if (options.pauseOnCreate) {
        this._handle.reading = false;
        this._handle.readStop();
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
  }

  get pending() { return !this._handle || this.connecting; }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get bytesRead() {
    return this._handle ? this._handle.bytesRead : this[kBytesRead];
  }

  // Bytes handed to the socket so far: written, queued in the handle, or buffered in the stream.
  get bytesWritten() {
    let bytes = this._handle ?
      this._handle.bytesWritten + this._handle.writeQueueSize :
      this[kBytesWritten];
    for (const { chunk, encoding } of this.writableBuffer) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
    return bytes;
  }

  get _connecting() { return this.connecting; }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this._handle.reading) {
      tryReadStart(this);
    }
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      // net: the write waits for 'connect'.
      this[kPendingWrite] = { writev, data, encoding, cb };
      this.once('connect', () => {
        const pending = this[kPendingWrite];
        this[kPendingWrite] = null;
        if (pending) this._writeGeneric(pending.writev, pending.data, pending.encoding, pending.cb);
      });
      return;
    }
    this[kPendingWrite] = null;
    this._unrefTimer();
    if (!this._handle) {
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    if (writev) writevGeneric(this, data, cb);
    else writeGeneric(this, data, encoding, cb);
    this[kLastWriteQueueSize] = this._handle ? this._handle.writeQueueSize : 0;
  }

  [kAfterAsyncWrite]() {
    this[kLastWriteQueueSize] = 0;
  }

  // setTimeout(msecs[, callback]): 'timeout' after msecs without reads or writes (0 turns it
  // off). The timer never keeps the process alive.
  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    const wasPaused = this.timeout === 0;
    this.timeout = msecs;
    msecs = getTimerDuration(msecs, 'msecs');
    const timer = this[kTimeout];
    if (msecs === 0) {
      // The Timeout is kept, disarmed, for the next setTimeout() to re-arm: a keep-alive HTTP
      // connection switches its timeout off and on around every request.
      if (timer !== null) unenroll(timer);
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      if (timer !== null && timer._onTimeout !== null && Number.isInteger(msecs)) {
        if (wasPaused && !timer._destroyed && timer._idleTimeout === msecs) {
          // Paused by kPauseTimeout and still in its list: its period starts again from now.
          rearm(timer);
        } else {
          unenroll(timer);
          timer._idleTimeout = msecs;
          unrefActive(timer);
        }
      } else {
        clearTimeout(timer);
        this[kTimeout] = setUnrefTimeout(this._onTimeout.bind(this), msecs);
      }
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  }

  // The timeout off (socket.timeout 0) without taking its Timeout out of the timer list, for an
  // HTTP server's keep-alive connection: the keep-alive timeout ends when a request arrives and
  // starts again, with the same duration, when its response is done. Taking the Timeout out and
  // putting it back was most of the timer work of a request. If the paused Timeout fires first,
  // _onTimeout ignores it, and setTimeout() arms it anew.
  [kPauseTimeout]() {
    this.timeout = 0;
  }

  // setTimeout(msecs) after kPauseTimeout, for the HTTP server's keep-alive re-arm after each
  // response: a paused Timeout of that very duration, still armed, starts its period again; any
  // other case goes through setTimeout(). (A method this small is inlined where setTimeout() is
  // not, and leaves the caller's inlining budget to others.)
  [kResumeTimeout](msecs) {
    const timer = this[kTimeout];
    if (this.timeout === 0 && timer !== null && timer._idleTimeout === msecs &&
        timer._onTimeout !== null && !timer._destroyed && !this.destroyed) {
      this.timeout = msecs;
      rearm(timer);
    } else {
      this.setTimeout(msecs);
    }
  }

  _onTimeout() {
    if (this.timeout === 0) return;  // paused
    const handle = this._handle;
    const lastWriteQueueSize = this[kLastWriteQueueSize];
    if (lastWriteQueueSize > 0 && handle) {
      // A write still moving is activity: wait another period.
      const { writeQueueSize } = handle;
      if (lastWriteQueueSize !== writeQueueSize) {
        this[kLastWriteQueueSize] = writeQueueSize;
        this._unrefTimer();
        return;
      }
    }
    this.emit('timeout');
  }

  _unrefTimer() {
    for (let s = this; s != null; s = s._parent) {
      if (s[kTimeout] && s.timeout !== 0) s[kTimeout].refresh();
    }
  }

  [kUpdateTimer]() { this._unrefTimer(); }

  _final(cb) {
    if (this.pending) {
      return this.once('connect', () => this._final(cb));
    }
    if (!this._handle) return cb();
    const req = createShutdownWrap(this._handle, cb, afterShutdown);
    const err = this._handle.shutdown(req);
    if (err === 1 || err === UV_ENOTCONN) return cb();
    if (err !== 0) return cb(new ErrnoException(err, 'shutdown'));
  }

  end(data, encoding, callback) {
    Duplex.prototype.end.call(this, data, encoding, callback);
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  _destroy(exception, cb) {
    this.connecting = false;
    for (let s = this; s != null; s = s._parent) {
      clearTimeout(s[kTimeout]);
      s[kTimeout] = null;
    }
    if (this._handle) {
      const isException = exception ? true : false;
      this[kBytesRead] = this._handle.bytesRead;
      this[kBytesWritten] = this._handle.bytesWritten;
      if (this.resetAndClosing) {
        // net's resetAndDestroy(): close with an RST.
        this.resetAndClosing = false;
        const err = this._handle.reset(() => this.emit('close', isException));
        if (err) {
          this._handle.close(() => this.emit('close', isException));
          process.nextTick(emitErrorNT, this, new ErrnoException(err, 'reset'));
        }
      } else {
        this._handle.close(() => this.emit('close', isException));
      }
      this._handle.onread = noop;
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(emitCloseNT, this);
    }
    if (this._server) {
      // net: a connection of a Server is gone.
      this._server._connections--;
      this._server._emitCloseIfDrained?.();
      this._server = null;
    }
  }

  ref() {
    if (this._handle && typeof this._handle.ref === 'function') this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle && typeof this._handle.unref === 'function') this._handle.unref();
    return this;
  }

  // No-ops on handles other than TCP, as in Node; net's TCP sockets override them.
  setNoDelay() { return this; }
  setKeepAlive() { return this; }
}

function noop() {}

// The `signal` option: aborting destroys the socket with an AbortError (cause: the reason).
function addAbortSignalOption(self, signal) {
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => {
    self._aborted = true;
    self.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitCloseNT(self) {
  self.emit('close');
}

module.exports = {
  Socket,
  createHandle,
  initSocketHandle,
  tryReadStart,
  kPauseTimeout,
  kResumeTimeout,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
};
