'use strict';
// Backpressure keeps memory bounded: a fast source feeding a slow writer, through pipe(), pipeline()
// and a Transform, never holds more than highWaterMark + one chunk in any stream's buffer, and write()
// answers false exactly when the buffer reaches the mark.
const assert = require('assert');
const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const kChunk = 1000;
const kChunks = 300;
const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['objects', 'pipe', 'pipeline', 'write-return']);
});

function fastSource(options = {}) {
  let n = 0;
  return new Readable({
    highWaterMark: 4 * kChunk,
    ...options,
    read() {
      // Pushes as long as push() says yes: the source itself must stop at its mark.
      while (n < kChunks) {
        n++;
        const more = this.push(options.objectMode ? { n } : Buffer.alloc(kChunk, n & 0xff));
        assert.ok(this.readableLength <= this.readableHighWaterMark + (options.objectMode ? 1 : kChunk),
                  `source buffered ${this.readableLength}`);
        if (!more) return;
      }
      this.push(null);
    },
  });
}

function slowSink(name, options = {}) {
  let seen = 0;
  let maxBuffered = 0;
  const sink = new Writable({
    highWaterMark: 3 * kChunk,
    ...options,
    write(chunk, encoding, callback) {
      maxBuffered = Math.max(maxBuffered, this.writableLength);
      seen += options.objectMode ? 1 : chunk.length;
      setImmediate(callback);
    },
  });
  sink.on('finish', () => {
    const unit = options.objectMode ? 1 : kChunk;
    assert.strictEqual(seen, options.objectMode ? kChunks : kChunks * kChunk, name);
    assert.ok(maxBuffered <= sink.writableHighWaterMark + unit,
              `${name}: writer buffered ${maxBuffered} (mark ${sink.writableHighWaterMark})`);
    done.push(name);
  });
  return sink;
}

// pipe(): the source pauses on false and resumes on 'drain'.
{
  const source = fastSource();
  const sink = slowSink('pipe');
  let pauses = 0;
  source.on('pause', () => pauses++);
  sink.on('finish', () => assert.ok(pauses > 0, 'the source was paused'));
  source.pipe(sink);
}

// pipeline() through a Transform: every stage is bounded, the transform's two sides too.
{
  let maxThrough = 0;
  const through = new Transform({
    highWaterMark: 2 * kChunk,
    transform(chunk, encoding, callback) {
      maxThrough = Math.max(maxThrough, this.readableLength, this.writableLength);
      callback(null, chunk);
    },
  });
  const sink = slowSink('pipeline');
  pipeline(fastSource(), through, new PassThrough({ highWaterMark: kChunk }), sink, (err) => {
    assert.ifError(err);
    assert.ok(maxThrough <= 3 * kChunk, `transform buffered ${maxThrough}`);
  });
}

// objectMode counts objects against the mark.
{
  const sink = slowSink('objects', { objectMode: true, highWaterMark: 5 });
  fastSource({ objectMode: true, highWaterMark: 7 }).pipe(sink);
}

// write() returns false once the mark is reached (and true while below it), 'drain' follows.
{
  const pending = [];
  const w = new Writable({
    highWaterMark: 10,
    write(chunk, encoding, callback) { pending.push(callback); },
  });
  assert.strictEqual(w.write(Buffer.alloc(4)), true);
  assert.strictEqual(w.write(Buffer.alloc(5)), true);
  assert.strictEqual(w.writableNeedDrain, false);
  assert.strictEqual(w.write(Buffer.alloc(1)), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 10);
  // A write taken synchronously does not count: this one answers true.
  const sync = new Writable({ highWaterMark: 10, write(chunk, encoding, callback) { callback(); } });
  assert.strictEqual(sync.write(Buffer.alloc(100)), true);
  assert.strictEqual(sync.writableNeedDrain, false);
  w.on('drain', () => {
    assert.strictEqual(w.writableLength, 0);
    done.push('write-return');
  });
  (function next() {
    const callback = pending.shift();
    if (callback) {
      callback();
      setImmediate(next);
    }
  })();
}
