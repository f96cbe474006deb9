'use strict';
// 'upgrade' and 'connect' on both sides: the server gets the request, the raw socket and the
// bytes after the headers; the client gets the 101/200 response, the socket and the head.
// Without an 'upgrade' listener an Upgrade request is an ordinary request.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const server = http.createServer((req, res) => res.end('plain'));

withServer(server, async (port) => {
  // No 'upgrade' listener: served as a normal request.
  const plain = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\n' +
                                  'Upgrade: echo\r\n\r\n', { idleMs: 300 });
  assert.match(plain.data, /\r\n\r\nplain$/);

  server.on('upgrade', (req, socket, head) => {
    assert.strictEqual(req.headers.upgrade, 'echo');
    assert.strictEqual(head.toString(), 'early');
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' +
                 'first');
    socket.on('data', (d) => socket.end(d));
  });
  server.on('connect', (req, socket, head) => {
    assert.strictEqual(req.method, 'CONNECT');
    assert.strictEqual(req.url, 'example.com:443');
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel');
  });

  // Raw: bytes after the request head reach the listener.
  const raw = await rawExchange(port, ['GET / HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\n' +
                                       'Upgrade: echo\r\n\r\nearly', 'ping'], { delayMs: 50 });
  assert.match(raw.data, /\r\n\r\nfirstping$/);

  // Client side upgrade.
  const got = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1',
                               headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      assert.strictEqual(res.statusCode, 101);
      let data = head.toString();
      socket.on('data', (d) => { data += d; });
      socket.on('end', () => resolve(data));
      socket.end('pong');
    });
    req.on('error', reject);
    req.end('early');
  });
  assert.strictEqual(got, 'firstpong');

  // Client side CONNECT.
  const tunnel = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'CONNECT',
                               path: 'example.com:443' });
    req.on('connect', (res, socket, head) => {
      assert.strictEqual(res.statusCode, 200);
      let data = head.toString();
      socket.on('data', (d) => { data += d; });
      socket.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end();
  });
  assert.strictEqual(tunnel, 'tunnel');
}).then(() => console.log('ok'));
