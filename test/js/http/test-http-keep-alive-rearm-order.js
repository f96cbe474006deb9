'use strict';
// Keep-alive connections share one timer list; each response moves its connection's timeout to
// the list's end (a re-arm from the middle, the oldest end and the newest end), so idle
// connections time out in the order of their last responses (the server's 'timeout' events; their
// 'close' events come in libuv's close-callback order), each keepAliveTimeout after it or later.
const assert = require('assert');
const http = require('http');
const net = require('net');

const KEEP_ALIVE = 200;
const names = new Map();
const server = http.createServer((req, res) => {
  const name = req.url[1];
  if (!names.has(req.socket)) {
    names.set(req.socket, name);
  }
  res.end(req.url);
});
server.keepAliveTimeout = KEEP_ALIVE;
server.on('timeout', (socket) => {
  onTimeout(names.get(socket));
  socket.destroy();
});

const timedOut = [];
const lastResponse = new Map();

function onTimeout(name) {
  timedOut.push(name);
  const idle = Date.now() - lastResponse.get(name);
  assert.ok(idle >= KEEP_ALIVE - 20, `${name} timed out after ${idle} ms idle`);
  if (timedOut.length === 3) {
    server.close();
    assert.deepStrictEqual(timedOut, ['c', 'a', 'b']);
  }
}

function connect(name) {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.setEncoding('latin1');
  let pending = null;
  socket.on('data', (text) => {
    if (text.includes(`/${name}-`)) {
      lastResponse.set(name, Date.now());
      const cb = pending;
      pending = null;
      cb();
    }
  });
  socket.on('error', () => {});
  let n = 0;
  return (cb) => {
    pending = cb;
    socket.write(`GET /${name}-${n++} HTTP/1.1\r\nHost: x\r\n\r\n`);
  };
}

server.listen(0, '127.0.0.1', () => {
  const a = connect('a');
  const b = connect('b');
  const c = connect('c');
  // a, b, c, then a again (a's timeout was the oldest: it moves from the list's far end), then
  // b twice in a row (already the newest the second time), then c, then a (from the middle).
  a(() => b(() => c(() => a(() => b(() => b(() => setTimeout(() => {
    c(() => a(() => setTimeout(() => b(() => {}), 20)));
  }, 50)))))));
});
