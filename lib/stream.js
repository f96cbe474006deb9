'use strict';
// node:stream. The implementation is readable-stream 4 (the Node.js streams working group's own
// package, a cut of Node 18.19's lib/internal/streams), embedded from deps/js/ at build time; see
// docs/design-notes.md for why. Its errors and validators are tide's (lib/internal/bootstrap/realm.js
// wires them), so stream errors are Node's error classes. This file brings it to Node 22: the 64 KiB
// default highWaterMark, byte chunks of any ArrayBufferView, duplexPair, Writable's async dispose,
// no `asIndexedPairs`, and the web stream adapters (fromWeb/toWeb).

const { isArrayBufferView } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
const { AbortError } = require('internal/errors');

const Stream = require('internal/deps/readable-stream/lib/stream');
const { SymbolAsyncDispose } = require('internal/streams/primordials');
const { Readable, Writable, Duplex } = Stream;
const eos = Stream.finished;

// Node 22 raised the default highWaterMark of byte streams from 16 KiB to 64 KiB.
Stream.setDefaultHighWaterMark(false, 64 * 1024);

// Byte streams take every TypedArray and DataView (as Node 20+): readable-stream asks these two
// hooks of the Stream object whether a chunk is acceptable and how to view it as a Buffer.
Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isArrayBufferView;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return new FastBuffer(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

// Node 22 removed readable.asIndexedPairs() (DEP0172, end of life).
delete Readable.prototype.asIndexedPairs;

// writable[Symbol.asyncDispose](): destroy (with an AbortError unless already finished) and wait
// for the stream to close. Duplex inherits Readable's, as in Node.
Object.defineProperty(Writable.prototype, SymbolAsyncDispose, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) => {
      eos(this, (err) => (err && err !== error && err.name !== 'AbortError' ?
        reject(err) : resolve(null)));
    });
  },
});

// Web stream adapters (lib/internal/webstreams/adapters.js), loaded on first use.
let webAdapters;
function lazyWebAdapters() {
  webAdapters ??= require('internal/webstreams/adapters');
  return webAdapters;
}
Readable.fromWeb = function fromWeb(readableStream, options) {
  return lazyWebAdapters().newStreamReadableFromReadableStream(readableStream, options);
};
Readable.toWeb = function toWeb(streamReadable, options) {
  return lazyWebAdapters().newReadableStreamFromStreamReadable(streamReadable, options);
};
Writable.fromWeb = function fromWeb(writableStream, options) {
  return lazyWebAdapters().newStreamWritableFromWritableStream(writableStream, options);
};
Writable.toWeb = function toWeb(streamWritable) {
  return lazyWebAdapters().newWritableStreamFromStreamWritable(streamWritable);
};
Duplex.fromWeb = function fromWeb(pair, options) {
  return lazyWebAdapters().newStreamDuplexFromReadableWritablePair(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  return lazyWebAdapters().newReadableWritablePairFromDuplex(duplex);
};

// duplexPair([options]): two Duplex streams, each writing into the other's readable side. A write
// is acknowledged when the other side asks for more data (its _read), so backpressure crosses over.
const kInitOtherSide = Symbol('kInitOtherSide');

class DuplexSide extends Duplex {
  #otherSide = null;
  #pendingWrite = null;

  [kInitOtherSide](otherSide) {
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this.#pendingWrite;
    if (callback !== null) {
      this.#pendingWrite = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    const other = this.#otherSide;
    other.push(chunk);
    other.#pendingWrite = callback;
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}
Stream.duplexPair = duplexPair;

module.exports = Stream;
