'use strict';
// fs.ReadStream and fs.WriteStream: node:stream Readable/Writable over an fd. The file is opened in
// _construct (so 'open' and 'ready' come before any data), read in chunks of highWaterMark into
// fresh Buffers, written chunk by chunk (writev when chunks queue up), and closed in _destroy
// unless autoClose is false. `fd` may be a number or a FileHandle; `fs` may supply open/read/write/
// writev/close/fsync overrides, as Node allows.

const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const fs = require('fs');
const { getOptions, getValidatedPath, getValidatedFd, copyObject } = require('internal/fs/utils');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function isFileHandle(fd) {
  return fd != null && typeof fd === 'object' && typeof fd.fd === 'number' &&
    typeof fd.close === 'function' && typeof fd.read === 'function';
}

function resolveFs(options, methods) {
  const base = fs;
  const custom = options.fs;
  if (custom == null) return base;
  const result = { ...base };
  for (const name of methods) {
    if (custom[name] !== undefined) {
      validateFunction(custom[name], `options.fs.${name}`);
      result[name] = custom[name];
    }
  }
  return result;
}

// Operations over a FileHandle, shaped like the callback API.
function handleOps(handle) {
  return {
    open(path, flags, mode, cb) { process.nextTick(cb, null, handle.fd); },
    read(fd, buf, offset, length, position, cb) {
      handle.read(buf, offset, length, position).then(
        (r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err));
    },
    write(fd, buf, offset, length, position, cb) {
      handle.write(buf, offset, length, position).then(
        (r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err));
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then(
        (r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err));
    },
    fsync(fd, cb) { handle.sync().then(() => cb(null), cb); },
    close(fd, cb) { handle.close().then(() => cb(null), cb); },
  };
}

function setupFd(stream, options, flagsDefault) {
  stream.flags = options.flags === undefined ? flagsDefault : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
  const fd = options.fd;
  if (isFileHandle(fd)) {
    stream[kHandle] = fd;
    stream[kFs] = handleOps(fd);
    stream.fd = fd.fd;
    fd.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
  } else if (fd != null) {
    stream.fd = getValidatedFd(fd, 'fd');
  } else {
    stream.fd = null;
  }
}

function importStartEnd(stream, options, isRead) {
  stream.start = options.start;
  if (isRead) stream.end = options.end ?? Infinity;
  if (stream.start !== undefined) validateInteger(stream.start, 'start', 0);
  if (isRead) {
    if (stream.end !== Infinity) validateInteger(stream.end, 'end', 0);
    if (stream.start !== undefined && stream.start > stream.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${stream.end})`, stream.start);
    }
  }
  stream.pos = stream.start;
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
  } else {
    stream[kFs].close(stream.fd, (er) => {
      cb(er || err);
    });
    stream.fd = null;
  }
}

function streamDestroy(stream, err, cb) {
  const finish = (er) => {
    if (stream.autoClose && (stream[kHandle] || stream.fd !== null)) {
      closeStream(stream, er, cb);
    } else {
      cb(er);
    }
  };
  if (stream[kIsPerformingIO]) {
    stream.once(kIsPerformingIO, (er) => finish(err || er));
  } else {
    finish(err);
  }
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, {}));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  this[kFs] = resolveFs(options, ['open', 'read', 'close']);
  setupFd(this, options, 'r');
  this.path = this.fd === null ? getValidatedPath(path) : undefined;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importStartEnd(this, options, true);
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  openStream(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end -
    this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, buf) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, er);
      return;
    }
    if (er) {
      this.destroy(er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== buf.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        buf.copy(dst, 0, 0, bytesRead);
        buf = dst;
      }
      this.push(buf);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  streamDestroy(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, {}));
  options.decodeStrings = true;
  this[kFs] = resolveFs(options, ['open', 'write', 'writev', 'close', 'fsync']);
  setupFd(this, options, 'w');
  this.path = this.fd === null ? getValidatedPath(path) : undefined;
  if (options.flush !== undefined) validateBoolean(options.flush, 'options.flush');
  this.flush = Boolean(options.flush);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importStartEnd(this, options, false);
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  openStream(this, callback);
};

// Writes all of buf[offset, offset+length) (a write may be partial), then calls cb.
function writeAll(stream, buf, offset, length, cb) {
  stream[kFs].write(stream.fd, buf, offset, length, stream.pos ?? null, (er, bytes) => {
    if (er) return cb(er);
    stream.bytesWritten += bytes;
    if (stream.pos !== undefined) stream.pos += bytes;
    if (bytes < length && bytes > 0) {
      writeAll(stream, buf, offset + bytes, length - bytes, cb);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, 0, data.length, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    cb(er);
  });
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIsPerformingIO, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    if (bytes < size) {
      // A short vectored write: finish the rest as one buffer.
      const rest = Buffer.concat(chunks).subarray(bytes);
      this[kIsPerformingIO] = true;
      writeAll(this, rest, 0, rest.length, (er2) => {
        this[kIsPerformingIO] = false;
        cb(er2);
      });
      return;
    }
    cb();
  });
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush) return cb();
  this[kFs].fsync(this.fd, (er) => cb(er));
};

WriteStream.prototype._destroy = function(err, cb) {
  streamDestroy(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
