'use strict';
// Stream throughput: Readable -> Transform -> Writable joined by stream.pipeline.
//   <runtime> bench/stream/pipeline.js
// prints one line per figure (time from the first read to the Writable's 'finish', start-up excluded):
//   stream bytes 1GiB ms: X     1 GiB in 64 KiB Buffers (one Buffer pushed again and again)
//   stream objects 1e6 ms: X    1,000,000 small objects, objectMode
// and, for each, "<figure> cpu ms: X": the process's user + system CPU time over the same span (all
// threads, so V8's GC helpers count too), steadier than wall time on a busy machine.
// Each figure is checked (bytes/objects counted at the Writable); a short count exits 1.
const { Readable, Transform, Writable, pipeline } = require('stream');

function run(name, { objectMode, total, makeChunk, size }, done) {
  let produced = 0;
  let seen = 0;
  const chunk = objectMode ? null : makeChunk(0);
  const source = new Readable({
    objectMode,
    read() {
      while (produced < total) {
        const c = objectMode ? makeChunk(produced) : chunk;
        produced++;
        if (!this.push(c)) return;
      }
      this.push(null);
    },
  });
  const through = new Transform({
    objectMode,
    transform(c, encoding, callback) { callback(null, c); },
  });
  const sink = new Writable({
    objectMode,
    write(c, encoding, callback) { seen += size(c); callback(); },
  });
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  pipeline(source, through, sink, (err) => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    if (err) throw err;
    const expected = objectMode ? total : total * chunk.length;
    if (seen !== expected) {
      console.error(`${name}: saw ${seen}, expected ${expected}`);
      process.exit(1);
    }
    console.log(`${name} ms: ${ms.toFixed(1)}`);
    console.log(`${name} cpu ms: ${((cpu.user + cpu.system) / 1e3).toFixed(1)}`);
    done();
  });
}

const kChunk = 64 * 1024;
run('stream bytes 1GiB', {
  objectMode: false,
  total: (1024 * 1024 * 1024) / kChunk,
  makeChunk: () => Buffer.alloc(kChunk, 'x'),
  size: (c) => c.length,
}, () => {
  run('stream objects 1e6', {
    objectMode: true,
    total: 1e6,
    makeChunk: (i) => ({ i, name: 'item' }),
    size: () => 1,
  }, () => {});
});
