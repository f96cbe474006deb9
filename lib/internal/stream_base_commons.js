'use strict';
// The glue between a stream handle (internalBinding('stream_wrap'): TTY, Pipe, later TCP) and the
// Duplex that owns it: dispatching writes with their request objects, and turning onread calls into
// push(). A handle points back at its stream through `handle[kOwner]`.

const { FunctionPrototypeCall } = primordials;
const {
  WriteWrap, ShutdownWrap, UV_EOF, streamInfo, kWritesQueued,
} = internalBinding('stream_wrap');
const { ErrnoException } = require('internal/errors');
const { initHooksExist } = require('internal/async_hooks');
const { FastBuffer } = require('internal/buffer');
const { Buffer } = require('buffer');

const kOwner = Symbol('owner');
// The stream's callback for when queued writes have drained (net.Socket's kAfterAsyncWrite).
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
// Activity on the stream (data read, a write done): restarts its idle timer.
const kUpdateTimer = Symbol('kUpdateTimer');
// Where a closed handle's byte counts are kept.
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');

// handle.writeQueueSize, as the native getter gives it (libuv's count of queued bytes), without
// calling into C++ while no stream of this thread has a queued write — then every queue is empty.
// The native getter stays the answer whenever one has (its bytes go out piecemeal, and only libuv
// knows how many are left). An HTTP response reads it once, to know whether it may write at once.
for (const Handle of [internalBinding('tcp_wrap').TCP, internalBinding('pipe_wrap').Pipe,
  internalBinding('tty_wrap').TTY]) {
  const proto = Handle.prototype;
  const native = Object.getOwnPropertyDescriptor(proto, 'writeQueueSize');
  const exact = native.get;
  Object.defineProperty(proto, 'writeQueueSize', {
    __proto__: null,
    get: {
      writeQueueSize() {
        return streamInfo[kWritesQueued] === 0 ? 0 : FunctionPrototypeCall(exact, this);
      },
    }.writeQueueSize,
    set: undefined,
    enumerable: native.enumerable,
    configurable: native.configurable,
  });
}

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      // hex, base64, base64url, or a Buffer written with an encoding name.
      const buffer = typeof data === 'string' ? Buffer.from(data, encoding) : data;
      return handle.writeBuffer(req, buffer);
    }
  }
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.callback = callback;
  return req;
}

// A write that did not complete at once calls back from oncomplete; one that did, right away
// (Writable defers the user's callback to the next tick itself).
function afterWriteDispatched(req, ret, cb) {
  if (ret < 0) return cb(new ErrnoException(ret, 'write'));
  if (ret === 0) {
    cb();
  } else {
    req.async = true;
  }
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self._handle, cb);
  afterWriteDispatched(req, handleWriteReq(req, data, encoding), cb);
  return req;
}

const kSimpleEncodings = new Set(['utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2',
                                  'utf16le', 'utf-16le']);

function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self._handle, cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      let { chunk, encoding } = data[i];
      if (typeof chunk === 'string' && !kSimpleEncodings.has(encoding)) {
        chunk = Buffer.from(chunk, encoding);
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  afterWriteDispatched(req, req.handle.writev(req, chunks, allBuffers), cb);
  return req;
}

// `this` is the WriteWrap.
function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (stream === undefined || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const err = new ErrnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(err);
    else stream.destroy(err);
    return;
  }
  stream[kUpdateTimer]?.();
  stream[kAfterAsyncWrite]?.();
  if (typeof this.callback === 'function') this.callback(null);
}

// `this` is the handle: onread(nread, arrayBuffer).
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = handle[kOwner];
  if (stream === undefined) return;
  if (nread > 0 && !stream.destroyed) {
    stream[kUpdateTimer]?.();
    const buf = new FastBuffer(arrayBuffer, 0, nread);
    if (!stream.push(buf)) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0 || stream.destroyed) return;
  if (nread !== UV_EOF) {
    // EIO from a terminal that went away, ECONNRESET from a socket, …
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  if (stream._readableState.endEmitted) return;
  stream.push(null);
  stream.read(0);
}

function noop() {}

// A direct write that had to wait: as onWriteComplete, except that bytes cut off by the socket's
// destruction are no successful write (the message gets 'close' without 'finish', as Node's).
function onDirectWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (stream === undefined || stream.destroyed) return;
  if (status < 0) {
    stream.destroy(new ErrnoException(status, 'write'));
    return;
  }
  onWriteComplete.call(this, status);
}

// Writes to a socket's handle at once, past its Writable (whose queue the caller saw empty):
// `data` a latin1 string (encoding 'latin1') or a [chunk, encoding, ...] list for writev
// (encoding null). `cb()` runs on the next tick when the kernel took everything, else when the
// write completes; a failed write destroys the socket instead.
function writeDirect(socket, data, encoding, cb) {
  const handle = socket._handle;
  socket[kUpdateTimer]();
  const req = takeWriteReq();
  const ret = encoding === null ? handle.writev(req, data, false) :
    handle.writeLatin1String(req, data);
  afterDirectWrite(socket, handle, req, ret, cb);
}

// writeDirect of an HTTP message's head and utf8 string body without concatenating them first
// (V8 would flatten the pair into a new string to write it). Not chunked: the head in utf8 too,
// the bytes of head + body. Chunked: the head in latin1, then the body as one chunk (the handle
// writes its size line), then `tail` (latin1: the chunk's CRLF, the last chunk, the trailers).
function writeHeadAndBodyDirect(socket, head, body, tail, chunked, cb) {
  const handle = socket._handle;
  socket[kUpdateTimer]();
  const req = takeWriteReq();
  const ret = handle.writeHeadAndBody(req, head, body, tail, !chunked, chunked);
  afterDirectWrite(socket, handle, req, ret, cb);
}

// A write the kernel takes at once (the usual case) never looks at its request object, so one
// spare is reused until a write is queued with it. Node makes one per write; with init hooks on,
// so does tide (each is an async resource they see). The handle captures the async context again
// when it queues a write, so a reused request calls back in the writer's frame.
let spareWriteReq = null;

function takeWriteReq() {
  const req = spareWriteReq;
  if (req === null || initHooksExist()) return new WriteWrap();
  spareWriteReq = null;
  return req;
}

function afterDirectWrite(socket, handle, req, ret, cb) {
  if (ret > 0) {
    req.handle = handle;
    req.callback = cb;
    req.async = true;
    req.oncomplete = onDirectWriteComplete;
    return;
  }
  spareWriteReq = req;
  if (ret === 0) {
    process.nextTick(cb);
  } else {
    // EPIPE, ECONNRESET, …: the socket goes with the error; the message is not finished.
    socket.destroy(new ErrnoException(ret, 'write'));
  }
}

// Hands a chunk to the handle at once, outside the stream's queue; its completion is not waited
// for. For the exit path of stdio, whose handles are blocking: the bytes are out on return.
function writeNow(handle, chunk, encoding) {
  const req = createWriteWrap(handle, noop);
  return handleWriteReq(req, chunk, typeof chunk === 'string' ? encoding : 'buffer');
}

function createShutdownWrap(handle, callback, oncomplete) {
  const req = new ShutdownWrap();
  req.handle = handle;
  req.callback = callback;
  req.oncomplete = oncomplete;
  return req;
}

module.exports = {
  kOwner,
  kAfterAsyncWrite,
  kUpdateTimer,
  kBytesRead,
  kBytesWritten,
  writeGeneric,
  writevGeneric,
  writeNow,
  writeDirect,
  writeHeadAndBodyDirect,
  createWriteWrap,
  onStreamRead,
  createShutdownWrap,
  UV_EOF,
};
