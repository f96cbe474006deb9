'use strict';
// Web stream throughput:
//   <runtime> bench/webstreams/webstreams.js
// prints one line per figure (wall ms and process CPU ms, start-up excluded):
//   webstreams pipeThrough 2e5 ms / cpu ms   200,000 objects: ReadableStream (pull) ->
//                                            TransformStream -> WritableStream via pipeThrough/pipeTo
//   webstreams iterate bytes 256MiB ...      byte ReadableStream of 64 KiB chunks, for await
//   webstreams byob 256MiB ...               the same read with a BYOB reader into one buffer
//   webstreams toWeb 256MiB ...              Readable.toWeb over a Readable of 64 KiB Buffers
// Each figure is checked (chunks/bytes counted at the end); a short count exits 1.
const { Readable } = require('stream');

async function time(name, fn) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  console.log(`webstreams ${name} ms: ${ms.toFixed(1)}`);
  console.log(`webstreams ${name} cpu ms: ${((cpu.user + cpu.system) / 1000).toFixed(1)}`);
}

function check(actual, expected, what) {
  if (actual !== expected) {
    console.error(`${what}: got ${actual}, expected ${expected}`);
    process.exit(1);
  }
}

const MiB = 1024 * 1024;
const chunk = new Uint8Array(64 * 1024);

(async () => {
  await time('pipeThrough 2e5', async () => {
    const total = 200000;
    let n = 0;
    let seen = 0;
    await new ReadableStream({
      pull(controller) {
        if (n < total) controller.enqueue({ n: n++ });
        else controller.close();
      },
    }, { highWaterMark: 16 })
      .pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } }))
      .pipeTo(new WritableStream({ write() { seen++; } }));
    check(seen, total, 'pipeThrough');
  });

  const bytes = 256 * MiB;
  const byteSource = () => {
    let sent = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const request = controller.byobRequest;
        if (request) {
          const n = Math.min(request.view.byteLength, bytes - sent);
          sent += n;
          request.respond(n);
          if (sent >= bytes) {
            controller.close();
          }
          return;
        }
        if (sent >= bytes) {
          controller.close();
          return;
        }
        controller.enqueue(chunk.slice());
        sent += chunk.byteLength;
      },
    });
  };
  await time('iterate bytes 256MiB', async () => {
    let total = 0;
    for await (const c of byteSource()) total += c.byteLength;
    check(total, bytes, 'iterate');
  });
  await time('byob 256MiB', async () => {
    const reader = byteSource().getReader({ mode: 'byob' });
    let buffer = new ArrayBuffer(64 * 1024);
    let total = 0;
    for (;;) {
      const { value, done } = await reader.read(new Uint8Array(buffer));
      if (done) break;
      total += value.byteLength;
      buffer = value.buffer;
    }
    check(total, bytes, 'byob');
  });
  await time('toWeb 256MiB', async () => {
    let produced = 0;
    const buf = Buffer.alloc(64 * 1024);
    const readable = new Readable({
      read() {
        if (produced >= bytes) {
          this.push(null);
          return;
        }
        produced += buf.length;
        this.push(buf);
      },
    });
    let total = 0;
    for await (const c of Readable.toWeb(readable)) total += c.byteLength;
    check(total, bytes, 'toWeb');
  });
})();
