'use strict';
// Bridges between node:stream and web streams: Readable/Writable/Duplex.fromWeb and .toWeb.
// Only the public API of node:stream is used here. Backpressure crosses over both ways: a web
// stream made from a Readable pauses it when its queue is full and resumes it on pull; a
// WritableStream made from a Writable waits for 'drain' when write() says false; a Readable
// made from a ReadableStream reads a chunk per _read; a Writable made from a WritableStream
// acknowledges a write when the writer's ready and write promises settle.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { Buffer } = require('buffer');
const {
  PromisePrototypeThen,
  createDeferred,
  isArrayBufferView,
} = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

const kEmpty = {};
let stream;
function lazyStream() {
  stream ??= require('stream');
  return stream;
}

function isNodeReadable(value) {
  return value != null && typeof value === 'object' && typeof value.pipe === 'function' &&
    typeof value.on === 'function' && typeof value.read === 'function' &&
    value.readableHighWaterMark !== undefined;
}

function isNodeWritable(value) {
  return value != null && typeof value === 'object' && typeof value.write === 'function' &&
    typeof value.on === 'function' && value.writableHighWaterMark !== undefined;
}

// Bytes handed to web code are plain Uint8Arrays of their own (a Buffer may sit in a shared pool).
function toWebChunk(chunk, objectMode) {
  if (!objectMode && isArrayBufferView(chunk) && Buffer.isBuffer(chunk)) {
    return new Uint8Array(chunk);
  }
  return chunk;
}

// Readable.toWeb(streamReadable[, { strategy }])
function newReadableStreamFromStreamReadable(streamReadable, options = kEmpty) {
  if (!isNodeReadable(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  const { isDestroyed, isReadable, finished } = lazyStream();
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  let strategy = options.strategy;
  if (strategy === undefined) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : {
      highWaterMark,
      // Strings when the Readable has an encoding set.
      size: (chunk) => (typeof chunk === 'string' ? chunk.length : chunk.byteLength),
    };
  }
  let controller;
  let done = false;

  const onData = (chunk) => {
    if (done) return;
    controller.enqueue(toWebChunk(chunk, objectMode));
    if (controller.desiredSize <= 0) streamReadable.pause();
  };
  const cleanup = finished(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      error = new AbortError(undefined, { cause: error });
    }
    cleanup();
    // Some legacy streams emit 'error' again after finishing: keep those from being uncaught.
    streamReadable.on('error', () => {});
    if (done) return;
    done = true;
    if (error) controller.error(error);
    else controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) {
      controller = c;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      done = true;
      streamReadable.destroy(reason);
    },
  }, strategy);
}

// Readable.fromWeb(readableStream[, { highWaterMark, encoding, objectMode, signal }])
function newStreamReadableFromReadableStream(readableStream, options = kEmpty) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (lazyStream().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      PromisePrototypeThen(reader.read(), ({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const finish = () => {
        try {
          callback(error);
        } catch (callbackError) {
          process.nextTick(() => { throw callbackError; });
        }
      };
      if (closed) {
        finish();
        return;
      }
      PromisePrototypeThen(reader.cancel(error), finish, finish);
    },
  });
  PromisePrototypeThen(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

// Writable.toWeb(streamWritable)
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isNodeWritable(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { isDestroyed, isWritable, finished } = lazyStream();
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let drained;
  let closing;

  const onDrain = () => {
    if (drained !== undefined) drained.resolve();
  };
  const cleanup = finished(streamWritable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      error = new AbortError(undefined, { cause: error });
    }
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    streamWritable.on('error', () => {});
    if (error != null) {
      if (drained !== undefined) drained.reject(error);
      if (closing !== undefined) {
        closing.reject(error);
        closing = undefined;
      }
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      closing = undefined;
      return;
    }
    // Finished without our close(): the WritableStream cannot take more.
    controller?.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) {
      controller = c;
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        drained = createDeferred();
        return PromisePrototypeThen(drained.promise, () => {
          drained = undefined;
        });
      }
    },
    abort(reason) {
      streamWritable.destroy(reason);
    },
    close() {
      if (closing === undefined && !streamWritable.writableEnded) {
        closing = createDeferred();
        streamWritable.end();
        return closing.promise;
      }
      controller = undefined;
    },
  }, strategy);
}

// Writable.fromWeb(writableStream[, { highWaterMark, decodeStrings, objectMode, signal }])
function newStreamWritableFromWritableStream(writableStream, options = kEmpty) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const callSafely = (callback, error) => {
    try {
      callback(error);
    } catch (callbackError) {
      process.nextTick(() => writable.destroy(callbackError));
    }
  };
  const writable = new (lazyStream().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (errors) => {
        const error = Array.isArray(errors) ? errors.find((e) => e != null) : errors;
        callSafely(callback, error ?? undefined);
      };
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(
        Promise.all(chunks.map(({ chunk }) => writer.write(chunk))),
        () => done(), done), done);
    },
    write(chunk, encoding, callback) {
      // Chunks go over as the Writable has them (Buffers), strings decoded unless told not to.
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = Buffer.from(chunk, encoding);
      }
      const done = (error) => callSafely(callback, error);
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk),
                                                                    () => done(), done), done);
    },
    destroy(error, callback) {
      const finish = () => {
        try {
          callback(error);
        } catch (callbackError) {
          process.nextTick(() => { throw callbackError; });
        }
      };
      if (closed) {
        finish();
        return;
      }
      const settled = error != null ? writer.abort(error) : writer.close();
      PromisePrototypeThen(settled, finish, finish);
    },
    final(callback) {
      if (closed) {
        callback();
        return;
      }
      PromisePrototypeThen(writer.close(), () => callSafely(callback),
                           (error) => callSafely(callback, error));
    },
  });
  PromisePrototypeThen(writer.closed, () => {
    closed = true;
    if (!writable.writableEnded) writable.destroy(new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

// Duplex.toWeb(duplex): { readable, writable }
function newReadableWritablePairFromDuplex(duplex) {
  if (!isNodeReadable(duplex) || !isNodeWritable(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  const { isDestroyed, isReadable, isWritable } = lazyStream();
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  let writable;
  if (isWritable(duplex)) {
    writable = newWritableStreamFromStreamWritable(duplex);
  } else {
    writable = new WritableStream();
    writable.close();
  }
  let readable;
  if (isReadable(duplex)) {
    readable = newReadableStreamFromStreamReadable(duplex);
  } else {
    readable = new ReadableStream();
    readable.cancel();
  }
  return { writable, readable };
}

// Duplex.fromWeb({ readable, writable }[, options])
function newStreamDuplexFromReadableWritablePair(pair = kEmpty, options = kEmpty) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('options.encoding', encoding);
  }
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const callSafely = (callback, error) => {
    try {
      callback(error);
    } catch (callbackError) {
      process.nextTick(() => duplex.destroy(callbackError));
    }
  };

  const duplex = new (lazyStream().Duplex)({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    writev(chunks, callback) {
      const done = (errors) => {
        const error = Array.isArray(errors) ? errors.find((e) => e != null) : errors;
        callSafely(callback, error ?? undefined);
      };
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(
        Promise.all(chunks.map(({ chunk }) => writer.write(chunk))),
        () => done(), done), done);
    },
    write(chunk, encoding, callback) {
      // Chunks go over as the Writable has them (Buffers), strings decoded unless told not to.
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = Buffer.from(chunk, encoding);
      }
      const done = (error) => callSafely(callback, error);
      PromisePrototypeThen(writer.ready, () => PromisePrototypeThen(writer.write(chunk),
                                                                    () => done(), done), done);
    },
    final(callback) {
      if (writableClosed) {
        callback();
        return;
      }
      PromisePrototypeThen(writer.close(), () => callSafely(callback),
                           (error) => callSafely(callback, error));
    },
    read() {
      PromisePrototypeThen(reader.read(), ({ value, done }) => {
        if (done) duplex.push(null);
        else duplex.push(value);
      }, (error) => duplex.destroy(error));
    },
    destroy(error, callback) {
      const finish = () => {
        try {
          callback(error);
        } catch (callbackError) {
          process.nextTick(() => { throw callbackError; });
        }
      };
      const pending = [];
      if (!writableClosed) pending.push(writer.abort(error));
      if (!readableClosed) pending.push(reader.cancel(error));
      if (pending.length === 0) {
        finish();
        return;
      }
      PromisePrototypeThen(Promise.all(pending), finish, finish);
    },
  });

  PromisePrototypeThen(writer.closed, () => {
    writableClosed = true;
    if (!duplex.writableEnded) duplex.destroy(new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  PromisePrototypeThen(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    duplex.destroy(error);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
