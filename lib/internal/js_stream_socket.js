'use strict';
// JSStreamSocket: a net.Socket whose "handle" is any Duplex stream (Node keeps one inside a
// TLSSocket made over a non-socket stream; http2-wrapper takes its constructor to run TLS or
// HTTP/1 over an HTTP/2 stream). Reads come from the stream's 'data', writes go to its write().

const { Socket } = require('net');
const { kOwner } = require('internal/stream_base_commons');
const { UV_EOF, UV_EBADF, UV_ENOTCONN } = internalBinding('uv');

const kStream = Symbol('kStream');

function toArrayBuffer(chunk) {
  if (typeof chunk === 'string') chunk = Buffer.from(chunk);
  return chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength);
}

class JSStreamHandle {
  constructor(stream) {
    this[kStream] = stream;
    this.reading = false;
    this.flowing = false;
    this.closed = false;
    this.onread = null;
    this.ended = false;
    this.onData = (chunk) => {
      if (chunk.length === 0) return;
      this.onread(chunk.length, toArrayBuffer(chunk));
    };
    this.onEnd = () => {
      this.ended = true;
      if (!this.closed) this.onread(UV_EOF);
    };
    this.onError = (err) => {
      const owner = this.owner;
      if (owner && !owner.destroyed) owner.destroy(err);
    };
    this.onClose = () => {
      if (!this.ended && !this.closed) this.onread(UV_EOF);
    };
    stream.on('end', this.onEnd);
    stream.on('error', this.onError);
    stream.on('close', this.onClose);
    stream.pause();
  }

  get owner() { return this[kOwner]; }

  // (`reading` is the owning socket's flag, set before it calls these.)
  readStart() {
    if (this.closed) return UV_EBADF;
    if (!this.flowing) {
      this.flowing = true;
      this[kStream].on('data', this.onData);
      this[kStream].resume();
    }
    return 0;
  }

  readStop() {
    if (this.flowing) {
      this.flowing = false;
      this[kStream].removeListener('data', this.onData);
      this[kStream].pause();
    }
    return 0;
  }

  // → 1: req.oncomplete(status) follows once the stream took the data.
  writeChunks(req, bufs) {
    if (this.closed) return UV_EBADF;
    const stream = this[kStream];
    let left = bufs.length;
    let failed = false;
    const done = (err) => {
      if (failed) return;
      if (err) {
        failed = true;
        req.oncomplete(err.errno ?? UV_ENOTCONN);
        return;
      }
      if (--left === 0) req.oncomplete(0);
    };
    if (left === 0) {
      process.nextTick(() => req.oncomplete(0));
      return 1;
    }
    for (const buf of bufs) stream.write(buf, done);
    return 1;
  }

  writeBuffer(req, data) { return this.writeChunks(req, [data]); }
  writeUtf8String(req, s) { return this.writeChunks(req, [Buffer.from(s, 'utf8')]); }
  writeLatin1String(req, s) { return this.writeChunks(req, [Buffer.from(s, 'latin1')]); }
  writeAsciiString(req, s) { return this.writeChunks(req, [Buffer.from(s, 'latin1')]); }
  writeUcs2String(req, s) { return this.writeChunks(req, [Buffer.from(s, 'utf16le')]); }
  writev(req, chunks, allBuffers) {
    const bufs = [];
    if (allBuffers) {
      bufs.push(...chunks);
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const c = chunks[i];
        bufs.push(typeof c === 'string' ? Buffer.from(c, chunks[i + 1]) : c);
      }
    }
    return this.writeChunks(req, bufs);
  }

  get writeQueueSize() { return this[kStream].writableLength ?? 0; }

  shutdown(req) {
    if (this.closed) return UV_ENOTCONN;
    this[kStream].end(() => req.oncomplete(0));
    return 0;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    this.readStop();
    const stream = this[kStream];
    stream.removeListener('end', this.onEnd);
    stream.removeListener('close', this.onClose);
    if (!stream.destroyed) stream.destroy();
    if (typeof cb === 'function') process.nextTick(cb);
  }

  // Not a network endpoint: no addresses (the socket's address()/remoteAddress are empty).
  getpeername() { return UV_ENOTCONN; }
  getsockname() { return UV_ENOTCONN; }
  setNoDelay() { return 0; }
  setKeepAlive() { return 0; }
  ref() {}
  unref() {}
  hasRef() { return true; }
}

class JSStreamSocket extends Socket {
  constructor(stream) {
    const handle = new JSStreamHandle(stream);
    super({ handle });
    this.stream = stream;
  }
}

module.exports = JSStreamSocket;
