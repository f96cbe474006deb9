'use strict';
// process.stdout and process.stderr, first version: synchronous writers over fd 1 and 2. On Linux
// Node writes to files, pipes and terminals synchronously too, so output is never lost or reordered,
// even at process.exit(). The streams issue turns these into full Writable streams; stdin comes
// with it.

const EventEmitter = require('events');
const { writeString, writeBuffer } = internalBinding('fs');
const { isTTY, guessHandleType, getWindowSize } = internalBinding('tty');

// stream._type as Node names it: 'fs' for a file, 'pipe' for a pipe or socket, 'tty'.
const kStdioTypes = { __proto__: null, FILE: 'fs', PIPE: 'pipe', TCP: 'pipe', TTY: 'tty' };

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = kStdioTypes[guessHandleType(fd)] ?? 'unknown';
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.bytesWritten = 0;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableNeedDrain = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    // What console and other stream-aware code look at; the streams issue brings the real state.
    this._writableState = { errorEmitted: false };
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (this.destroyed || this.writableEnded) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    let written;
    try {
      if (typeof chunk === 'string') {
        written = writeString(this.fd, chunk);
      } else if (ArrayBuffer.isView(chunk)) {
        written = writeBuffer(this.fd, chunk);
      } else {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                             chunk);
      }
    } catch (err) {
      if (err.code === 'ERR_INVALID_ARG_TYPE') throw err;
      // EPIPE and friends: the stream is destroyed and the error arrives as an 'error' event
      // before the write's callback, as with Node's streams — so a reader that went away (`| head`)
      // ends the program with an uncaught EPIPE unless someone listens, as in Node.
      // Over a pipe or socket Node's stdout is a net.Socket, whose errors read `write EPIPE`.
      if (this._type === 'pipe' && typeof err.errno === 'number') {
        const { errnoException } = require('internal/errors');
        err = errnoException(err.errno, 'write');
      }
      this.destroyed = true;
      this.writable = false;
      process.nextTick(() => {
        this._writableState.errorEmitted = true;
        this.emit('error', err);
        if (typeof cb === 'function') cb(err);
        this.emit('close');
      });
      return false;
    }
    this.bytesWritten += written;
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // Node never closes fd 1/2 on end(); it only stops accepting writes.
    this.writableEnded = true;
    this.writableFinished = true;
    process.nextTick(() => {
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked > 0) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    process.nextTick(() => {
      if (err) this.emit('error', err);
      this.emit('close');
    });
    return this;
  }
  destroySoon() { this.destroy(); }
  _destroy(err, cb) { cb(err); }
}

// A terminal: what Node's tty.WriteStream adds. Files and pipes get the plain stream, without
// isTTY (undefined, not false), columns/rows or the color methods, as in Node.
class TTYWriteStream extends SyncWriteStream {
  constructor(fd) {
    super(fd);
    this.isTTY = true;
  }

  get columns() { return getWindowSize(this.fd)?.[0]; }
  get rows() { return getWindowSize(this.fd)?.[1]; }
  getWindowSize() { return getWindowSize(this.fd) ?? [0, 0]; }

  // Color depth as Node's tty.WriteStream reports it: NO_COLOR / FORCE_COLOR / TERM.
  getColorDepth(env = process.env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined) {
      if (force === '' || force === '1' || force === 'true') return 4;
      if (force === '2') return 8;
      if (force === '3') return 24;
      return 1;
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
        env.TERM === 'dumb') {
      return 1;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    const term = env.TERM || '';
    if (/-256(colou?r)?$/i.test(term)) return 8;
    if (/^(xterm|screen|vt100|vt220|rxvt|color|ansi|cygwin|linux|konsole|tmux)/i.test(term)) return 4;
    return term ? 4 : 1;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }
}

function createWritableStdioStream(fd) {
  return isTTY(fd) ? new TTYWriteStream(fd) : new SyncWriteStream(fd);
}

function installStdio(process) {
  let stdout;
  let stderr;
  Object.defineProperty(process, 'stdout', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdout ??= createWritableStdioStream(1); },
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stderr ??= createWritableStdioStream(2); },
  });
  Object.defineProperty(process, 'stdin', {
    __proto__: null, configurable: true, enumerable: false,
    get() {
      const { codes } = require('internal/errors');
      throw new codes.ERR_NOT_IMPLEMENTED('process.stdin (it comes with the streams module)');
    },
  });
}

module.exports = { installStdio, SyncWriteStream, TTYWriteStream };
