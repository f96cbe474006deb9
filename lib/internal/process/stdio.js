'use strict';
// process.stdin, process.stdout and process.stderr, made on first use from what the descriptor is
// (Node's choice per type):
//   TTY        tty.WriteStream / tty.ReadStream over a uv_tty_t (writes synchronous)
//   PIPE, TCP  a Socket over a uv_pipe_t; stdout/stderr pipes are switched to blocking writes, so
//              output is never lost or reordered at process.exit() or on a fatal error (not a
//              socket that is stdin too)
//   FILE       SyncWriteStream (a write(2) per chunk) / a Readable over the file for stdin
//   otherwise  a Writable that drops its input / a Readable that ends at once
// See docs/design-notes.md, "stdio".

const { guessHandleType, isStdinSocket } = internalBinding('tty_wrap');

let Writable;
let SyncWriteStream;

function getSyncWriteStream() {
  if (SyncWriteStream !== undefined) return SyncWriteStream;
  ({ Writable } = require('stream'));
  const { Buffer } = require('buffer');
  const { writeString, writeBuffer } = internalBinding('fs');

  // A Writable that writes each chunk to the descriptor at once. UTF-8 strings reach the binding
  // as they are and are encoded in C++ without a Buffer in between: console.log to a file is a
  // hot path. The descriptor is never closed (stdio).
  SyncWriteStream = class SyncWriteStream extends Writable {
    constructor(fd) {
      super({ autoDestroy: true, decodeStrings: false });
      this.fd = fd;
      this.readable = false;
      this.autoClose = false;
    }

    _write(chunk, encoding, cb) {
      try {
        if (typeof chunk !== 'string') writeBuffer(this.fd, chunk);
        else if (encoding === 'utf8' || encoding === 'utf-8') writeString(this.fd, chunk);
        else writeBuffer(this.fd, Buffer.from(chunk, encoding));
      } catch (err) {
        cb(err);
        return;
      }
      cb();
    }

    _destroy(err, cb) {
      this.fd = null;
      cb(err);
    }

    destroySoon() { return this.destroy(); }
  };
  return SyncWriteStream;
}

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = getSyncWriteStream();
      stream = new SyncWriteStream(fd);
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stream = new Socket({ fd, readable: false, writable: true });
      // Blocking writes, like a terminal's or a file's: a write is done when it returns. Not
      // when this is also stdin's socket: the mode is shared, and blocking reads would stall.
      if (!isStdinSocket(fd)) stream._handle.setBlocking(true);
      stream._type = 'pipe';
      break;
    }
    default: {
      // Not a descriptor we can write to (closed, or of an unknown kind): output goes nowhere.
      ({ Writable } = require('stream'));
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// stdout and stderr are never closed: destroy() ends the stream but keeps the descriptor, and
// 'close' is still emitted so finished()/pipeline() see the end.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

function getStdioWriter(fd) {
  const stream = createWritableStdioStream(fd);
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY) process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

// stdin from a file: chunks read at the reader's pace. fs.ReadStream takes over when fs has it.
function createFileReadStream(fd) {
  const fs = require('fs');
  if (typeof fs.ReadStream === 'function') {
    return new fs.ReadStream(null, { fd, autoClose: false });
  }
  const { Readable } = require('stream');
  const { readFileBytes } = internalBinding('fs');
  const { FastBuffer } = require('internal/buffer');
  const kChunk = 64 * 1024;
  let contents = null;
  let offset = 0;
  return new Readable({
    read() {
      try {
        contents ??= readFileBytes(fd);
      } catch (err) {
        this.destroy(err);
        return;
      }
      if (offset >= contents.byteLength) {
        this.push(null);
        return;
      }
      const length = Math.min(kChunk, contents.byteLength - offset);
      const chunk = new FastBuffer(contents, offset, length);
      offset += length;
      this.push(chunk);
    },
  });
}

function getStdin() {
  const fd = 0;
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE':
      stdin = createFileReadStream(fd);
      break;
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      stdin = new Socket({ fd, readable: true, writable: false, manualStart: true });
      // stdin cannot be end()ed.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() { this.push(null); } });
    }
  }
  stdin.fd = fd;

  // stdin starts paused and must not keep the process alive until someone reads it.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // pause() stops reading one tick later (once the stream has stopped flowing), so the process
  // can exit while stdin is paused.
  stdin.on('pause', () => process.nextTick(onpause));
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

let stdout;
let stderr;
let stdin;

// process.exit() and fatal errors end the process before the loop turns again. Chunks a stdout or
// stderr stream still queues (behind a big write whose completion comes on the next turn, or
// corked) go straight to the handle, which is blocking: on return they are out, in order.
function flushStdio() {
  for (const stream of [stdout, stderr]) {
    const handle = stream?._handle;
    if (!handle || stream.destroyed || typeof handle.writeBuffer !== 'function') continue;
    const pending = stream.writableBuffer;
    if (!pending || pending.length === 0) continue;
    const { writeNow } = require('internal/stream_base_commons');
    for (const { chunk, encoding } of pending) {
      if (writeNow(handle, chunk, encoding) < 0) break;
    }
  }
}

function installStdio(process) {
  Object.defineProperty(process, 'stdout', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdout ??= getStdioWriter(1); },
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stderr ??= getStdioWriter(2); },
  });
  Object.defineProperty(process, 'stdin', {
    __proto__: null, configurable: true, enumerable: false,
    get() { return stdin ??= getStdin(); },
  });
  // The old way to start reading stdin; Node still has it.
  process.openStdin = function() {
    process.stdin.resume();
    return process.stdin;
  };
}

module.exports = { installStdio, flushStdio };
