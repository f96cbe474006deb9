'use strict';
// A keep-alive connection's timeout is off while a request runs and starts again when its
// response is done: a request that takes longer than keepAliveTimeout is not cut off, and the idle
// connection is closed keepAliveTimeout after the last response (not counted from the one before).
const assert = require('assert');
const http = require('http');
const net = require('net');

const KEEP_ALIVE = 150;
let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  if (req.url === '/slow') {
    setTimeout(() => res.end('slow'), KEEP_ALIVE * 3);
  } else {
    res.end('fast');
  }
});
server.keepAliveTimeout = KEEP_ALIVE;

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let received = '';
  let sentSlowAt = 0;
  let slowDoneAt = 0;
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    received += chunk;
    if (sentSlowAt === 0 && received.endsWith('fast')) {
      // Past most of the first keep-alive period, then a request outliving it.
      setTimeout(() => {
        sentSlowAt = Date.now();
        socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
      }, KEEP_ALIVE / 2);
    } else if (slowDoneAt === 0 && received.endsWith('slow')) {
      slowDoneAt = Date.now();
    }
  });
  socket.on('close', () => {
    const closedAt = Date.now();
    assert.strictEqual(requests, 2);
    assert.match(received, /^HTTP\/1\.1 200 OK\r\n[^]*fast/);
    assert.ok(slowDoneAt > 0, `the slow response never came: ${JSON.stringify(received)}`);
    assert.ok(slowDoneAt - sentSlowAt >= KEEP_ALIVE * 3 - 20);
    // Closed for idleness after the slow response, a keep-alive period later.
    assert.ok(closedAt - slowDoneAt >= KEEP_ALIVE - 20, `closed ${closedAt - slowDoneAt} ms after`);
    server.close();
  });
  socket.write('GET /fast HTTP/1.1\r\nHost: x\r\n\r\n');
});
