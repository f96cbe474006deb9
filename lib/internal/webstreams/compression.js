'use strict';
// CompressionStream and DecompressionStream (WHATWG Compression Standard) over node:zlib's
// streams: 'deflate' (zlib wrapper), 'deflate-raw' and 'gzip'. Each chunk is written to the zlib
// stream and its output enqueued as it comes; closing ends the zlib stream and waits for its
// last bytes. Decompression input that ends before the compressed data does is an error, as is
// data after its end.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kState,
  kType,
  customInspectSymbol,
  hasBrand,
  isAnyArrayBuffer,
  isArrayBufferView,
  customInspect,
  makeEnumerable,
} = require('internal/webstreams/util');
const { createTransformStream, TransformStreamDefaultController } =
  require('internal/webstreams/transformstream');

const controllerEnqueue = Function.prototype.call.bind(
  TransformStreamDefaultController.prototype.enqueue);

const { Buffer } = require('buffer');

let zlib;

function makeZlibStream(format, decompress) {
  zlib ??= require('zlib');
  switch (`${format}`) {
    case 'deflate':
      return decompress ? zlib.createInflate() : zlib.createDeflate();
    case 'deflate-raw':
      return decompress ? zlib.createInflateRaw() : zlib.createDeflateRaw();
    case 'gzip':
      return decompress ? zlib.createGunzip() : zlib.createGzip();
    default:
      throw new ERR_INVALID_ARG_VALUE('format', format);
  }
}

function createZlibTransform(format, decompress) {
  const handle = makeZlibStream(format, decompress);
  let controller;
  let failure = null;
  let ended = false;
  handle.on('data', (chunk) => {
    // A Buffer view of the zlib output; the readable side hands out Uint8Arrays.
    if (controller !== undefined && failure === null) {
      try {
        controllerEnqueue(controller, new Uint8Array(chunk.buffer, chunk.byteOffset,
                                                     chunk.byteLength));
      } catch {
        // The readable side was canceled or errored: nothing takes the output any more.
      }
    }
  });
  handle.on('end', () => {
    ended = true;
  });
  const errored = new Promise((resolve) => {
    handle.on('error', (error) => {
      failure = error;
      resolve(error);
    });
  });

  const transform = (chunk, transformController) => {
    controller = transformController;
    // Strings are taken as UTF-8, as Node's zlib-backed streams take them.
    if (typeof chunk !== 'string' && !isArrayBufferView(chunk) && !isAnyArrayBuffer(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'ArrayBuffer', 'ArrayBufferView'],
                                     chunk);
    }
    if (failure !== null) throw failure;
    if (ended) throw new TypeError('Junk found after end of compressed data.');
    let copy;
    if (typeof chunk === 'string') {
      copy = Buffer.from(chunk, 'utf8');
    } else {
      const bytes = isAnyArrayBuffer(chunk) ? new Uint8Array(chunk) :
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      // zlib may keep the bytes until it runs: give it its own copy.
      copy = Buffer.from(bytes);
    }
    return new Promise((resolve, reject) => {
      let done = false;
      errored.then((error) => {
        if (!done) {
          done = true;
          reject(error);
        }
      });
      handle.write(copy, () => {
        // Output of this chunk has been emitted ('data' runs before the write callback).
        if (done) return;
        done = true;
        if (failure !== null) reject(failure);
        else resolve();
      });
    });
  };

  const flush = (transformController) => {
    controller = transformController;
    if (failure !== null) throw failure;
    return new Promise((resolve, reject) => {
      let done = false;
      errored.then((error) => {
        if (!done) {
          done = true;
          reject(error);
        }
      });
      handle.once('end', () => {
        if (done) return;
        done = true;
        resolve();
      });
      handle.end();
    });
  };

  const cancel = () => {
    handle.destroy();
  };

  return createTransformStream(transform, flush, cancel);
}

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kState] = { transform: createZlibTransform(format, false) };
  }

  get readable() {
    if (!hasBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!hasBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'CompressionStream', depth, options, {
      readable: this.readable,
      writable: this.writable,
    });
  }
}
makeEnumerable(CompressionStream, ['readable', 'writable']);

class DecompressionStream {
  constructor(format) {
    this[kType] = 'DecompressionStream';
    this[kState] = { transform: createZlibTransform(format, true) };
  }

  get readable() {
    if (!hasBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].transform.readable;
  }

  get writable() {
    if (!hasBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].transform.writable;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, 'DecompressionStream', depth, options, {
      readable: this.readable,
      writable: this.writable,
    });
  }
}
makeEnumerable(DecompressionStream, ['readable', 'writable']);

module.exports = { CompressionStream, DecompressionStream };
