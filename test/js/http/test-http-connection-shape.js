'use strict';
// A connection's first request must find its socket and connection state with the properties
// (in the order) every later request finds: properties added lazily by a first request give each
// new connection's objects a new map, and V8 then discards the request path optimized on the
// earlier connections (a latency spike each time clients reconnect). The one exception is
// `timeout`, which Node too adds at the first keep-alive response (socket.setTimeout()).
const assert = require('assert');
const http = require('http');
const net = require('net');

function keysOf(obj) {
  return Reflect.ownKeys(obj).map(String).filter((k) => k !== 'timeout');
}
function stateOf(socket) {
  const sym = Object.getOwnPropertySymbols(socket)
    .find((s) => s.description === 'kConnectionState');
  return sym === undefined ? undefined : socket[sym];
}

let warm = null;
let checked = false;
const server = http.createServer((req, res) => {
  const socket = req.socket;
  if (req.url === '/warm/3') {
    warm = { socket: keysOf(socket), state: stateOf(socket) && keysOf(stateOf(socket)) };
  } else if (req.url === '/fresh') {
    assert.deepStrictEqual(keysOf(socket), warm.socket);
    if (warm.state !== undefined) assert.deepStrictEqual(keysOf(stateOf(socket)), warm.state);
    checked = true;
  }
  res.end('ok');
});

function requests(port, paths) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let i = 0;
    let buf = '';
    const next = () => c.write(`GET ${paths[i]} HTTP/1.1\r\nHost: x\r\n\r\n`);
    c.on('connect', next);
    c.on('data', (d) => {
      buf += d;
      if (!buf.endsWith('ok')) return;
      buf = '';
      if (++i < paths.length) next();
      else { c.end(); resolve(); }
    });
    c.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  await requests(port, ['/warm/1', '/warm/2', '/warm/3']);
  await requests(port, ['/fresh']);
  assert.ok(checked);
  server.close();
});
