'use strict';
// Incoming header fields named like Object.prototype's members are stored like any other field
// (req.headers has Object.prototype above it, as in Node); duplicates follow Node's rules.
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  assert.strictEqual(req.headers.constructor, 'a, b');
  assert.strictEqual(req.headers.tostring, 'c');
  assert.strictEqual(req.headers.valueof, 'd');
  assert.strictEqual(req.headers.host, 'first');
  assert.strictEqual(req.headers.cookie, 'x=1; y=2');
  assert.deepStrictEqual(req.headers['set-cookie'], ['s=1', 's=2']);
  assert.strictEqual(req.headers['x-dup'], 'e, f');
  assert.strictEqual(Object.getPrototypeOf(req.headers), Object.prototype);
  res.end();
  server.close();
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.end('GET / HTTP/1.1\r\nHost: first\r\nHost: second\r\nconstructor: a\r\n' +
               'Constructor: b\r\ntoString: c\r\nvalueOf: d\r\nCookie: x=1\r\nCookie: y=2\r\n' +
               'Set-Cookie: s=1\r\nSet-Cookie: s=2\r\nX-Dup: e\r\nX-Dup: f\r\n\r\n');
  });
  socket.resume();
});
