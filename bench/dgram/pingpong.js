'use strict';
// UDP latency on 127.0.0.1, both sockets in one process:
//   <runtime> bench/dgram/pingpong.js
// prints
//   dgram roundtrip 5e4 ms: X   50,000 sequential 64-byte datagram round trips (client sends,
//                               server echoes, the client sends the next one on receipt)
//   dgram roundtrip 5e4 cpu ms: X   user + system CPU of the process over the same span
const dgram = require('dgram');

const ROUNDS = 50000;
const payload = Buffer.alloc(64, 'p');

function cpuMs(start) {
  const u = process.cpuUsage(start);
  return ((u.user + u.system) / 1000).toFixed(0);
}

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  let left = ROUNDS;
  let t0;
  let c0;
  client.on('message', () => {
    if (--left === 0) {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      console.log(`dgram roundtrip 5e4 ms: ${ms.toFixed(0)}`);
      console.log(`dgram roundtrip 5e4 cpu ms: ${cpuMs(c0)}`);
      client.close();
      server.close();
      return;
    }
    client.send(payload, port, '127.0.0.1');
  });
  client.bind(0, '127.0.0.1', () => {
    t0 = process.hrtime.bigint();
    c0 = process.cpuUsage();
    client.send(payload, port, '127.0.0.1');
  });
});
