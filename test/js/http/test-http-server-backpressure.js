'use strict';
// A client that pipelines many requests and never reads the answers is throttled: once the
// responses back up, the server stops reading the socket, so only a few requests reach the
// handler instead of all of them being parsed and answered into memory. Reading resumes it.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { withServer } = require('../../fixtures/http/raw');

const big = Buffer.alloc(256 * 1024, 'x');
let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end(big);
});

withServer(server, async (port) => {
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((r) => socket.on('connect', r));
  socket.pause();
  const total = 100;
  // One request per write, spread out: each needs the server to read again.
  for (let i = 0; i < total; i++) {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 200));
  const whilePaused = handled;
  assert.ok(whilePaused < total / 4, `handled ${whilePaused} of ${total} while not reading`);
  // Reading everything lets the rest through.
  let bytes = 0;
  socket.on('data', (d) => { bytes += d.length; });
  socket.resume();
  await new Promise((resolve) => {
    const check = setInterval(() => {
      if (handled === total && bytes >= total * big.length) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
  socket.destroy();
}).then(() => console.log('ok'));
