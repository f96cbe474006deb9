'use strict';
// pipe(): a slow writer never has more than highWaterMark + one chunk buffered, the source is
// paused while the writer drains, all data arrives in order; unpipe() stops the flow and emits
// 'unpipe'; pipe() to several destinations waits for the slowest.
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

const done = new Set();
process.on('exit', () => {
  assert.deepStrictEqual([...done].sort(), ['backpressure', 'multi', 'unpipe']);
});

const kChunk = 1000;
const kChunks = 200;
const kWriterHwm = 4096;
const kReaderHwm = 2048;

{
  let produced = 0;
  let maxWriterBuffered = 0;
  let maxReaderBuffered = 0;
  let drains = 0;
  const source = new Readable({
    highWaterMark: kReaderHwm,
    read() {
      // Produce as fast as asked; the data tags each chunk with its index.
      if (produced === kChunks) return this.push(null);
      const chunk = Buffer.alloc(kChunk, produced % 256);
      produced++;
      this.push(chunk);
      maxReaderBuffered = Math.max(maxReaderBuffered, this.readableLength);
    },
  });
  let received = 0;
  const sink = new Writable({
    highWaterMark: kWriterHwm,
    write(chunk, encoding, cb) {
      assert.strictEqual(chunk.length, kChunk);
      assert.strictEqual(chunk[0], received % 256);
      received++;
      // Produced but not yet written: what the two buffers hold, nothing more.
      assert.ok((produced - received) * kChunk <= kWriterHwm + kReaderHwm + 4 * kChunk,
                `${produced - received} chunks in flight`);
      maxWriterBuffered = Math.max(maxWriterBuffered, this.writableLength);
      setTimeout(cb, 1); // slow
    },
  });
  sink.on('drain', () => drains++);
  sink.on('pipe', (src) => assert.strictEqual(src, source));
  assert.strictEqual(source.pipe(sink), sink);
  sink.on('finish', () => {
    assert.strictEqual(received, kChunks);
    assert.ok(maxWriterBuffered <= kWriterHwm + kChunk, `writer buffered ${maxWriterBuffered}`);
    // The source stops being asked for data: it never holds much more than its own mark.
    assert.ok(maxReaderBuffered <= 2 * (kReaderHwm + kChunk), `reader buffered ${maxReaderBuffered}`);
    assert.ok(produced === kChunks);
    assert.ok(drains > 0);
    done.add('backpressure');
  });
}

// unpipe(): no more data reaches the destination, which is not ended.
{
  const source = new Readable({ read() {} });
  const got = [];
  const sink = new Writable({ write(chunk, e, cb) { got.push(chunk.toString()); cb(); } });
  sink.on('unpipe', (src) => {
    assert.strictEqual(src, source);
    process.nextTick(() => {
      source.push('b');
      setTimeout(() => {
        assert.deepStrictEqual(got, ['a']);
        assert.strictEqual(sink.writableEnded, false);
        assert.strictEqual(source.readableFlowing, false);
        done.add('unpipe');
      }, 5);
    });
  });
  source.pipe(sink);
  source.push('a');
  setTimeout(() => source.unpipe(sink), 5);
}

// Two destinations: the source waits for the slower one; both get everything.
{
  const source = new Readable({ read() {} });
  const fast = new PassThrough();
  const seenFast = [];
  fast.on('data', (c) => seenFast.push(c.toString()));
  let slowSeen = '';
  const slow = new Writable({
    highWaterMark: 1,
    write(chunk, e, cb) { slowSeen += chunk; setTimeout(cb, 2); },
  });
  source.pipe(fast);
  source.pipe(slow);
  for (const c of ['1', '2', '3', '4']) source.push(c);
  source.push(null);
  slow.on('finish', () => {
    assert.strictEqual(slowSeen, '1234');
    assert.strictEqual(seenFast.join(''), '1234');
    done.add('multi');
  });
}
