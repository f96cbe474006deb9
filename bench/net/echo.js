'use strict';
// TCP throughput and latency on 127.0.0.1, server and client in one process:
//   <runtime> bench/net/echo.js
// prints
//   net bytes 1GiB ms: X       the client writes 1 GiB in 64 KiB Buffers (respecting write()'s
//                              false/'drain'), the server counts it; from connect to the last byte
//   net roundtrip 1e5 ms: X    100,000 sequential 16-byte request / response round trips
// and "<figure> cpu ms: X" (user + system CPU of the process over the same span).
// A short count exits 1.
const net = require('net');

const TOTAL = 1024 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'a');
const ROUNDS = 100000;

function cpuMs(start) {
  const u = process.cpuUsage(start);
  return ((u.user + u.system) / 1000).toFixed(0);
}

function bytes(done) {
  let received = 0;
  let t0;
  let c0;
  const server = net.createServer((s) => {
    s.on('data', (d) => {
      received += d.length;
      if (received === TOTAL) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        console.log(`net bytes 1GiB ms: ${ms.toFixed(0)}`);
        console.log(`net bytes 1GiB cpu ms: ${cpuMs(c0)}`);
        s.end();
      }
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      t0 = process.hrtime.bigint();
      c0 = process.cpuUsage();
      let sent = 0;
      function pump() {
        while (sent < TOTAL) {
          sent += CHUNK.length;
          if (!client.write(CHUNK)) {
            client.once('drain', pump);
            return;
          }
        }
        client.end();
      }
      pump();
    });
    client.resume();
    client.on('close', () => {
      server.close();
      if (received !== TOTAL) {
        console.error(`short: ${received}`);
        process.exit(1);
      }
      done();
    });
  });
}

function roundtrips() {
  const request = Buffer.from('ping ping ping !');
  const server = net.createServer((s) => {
    s.setNoDelay(true);
    s.on('data', (d) => s.write(d));
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      client.setNoDelay(true);
      let rounds = 0;
      let pending = 0;
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      client.on('data', (d) => {
        pending -= d.length;
        if (pending > 0) return;
        rounds++;
        if (rounds === ROUNDS) {
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          console.log(`net roundtrip 1e5 ms: ${ms.toFixed(0)}`);
          console.log(`net roundtrip 1e5 cpu ms: ${cpuMs(c0)}`);
          client.destroy();
          server.close();
          return;
        }
        pending = request.length;
        client.write(request);
      });
      pending = request.length;
      client.write(request);
    });
  });
}

bytes(roundtrips);
