'use strict';
// Status lines are rendered once per code and message and reused (lib/_http_server.js
// statusLineOf; the standard message's line is kept as an internalized string): custom messages
// alternating for one code, then the standard one again, must each go out as set. Same bytes
// under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');

const messages = ['Good', 'Fine', 'Good', undefined, 'Fine', undefined];
let i = 0;
const server = http.createServer((req, res) => {
  const message = messages[i++];
  if (message !== undefined) res.statusMessage = message;
  if (i === 4) res.writeHead(201);
  res.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { data += chunk; });
  socket.on('end', () => {
    assert.deepStrictEqual(data.match(/HTTP\/1\.1 \d+ [^\r]*/g), [
      'HTTP/1.1 200 Good', 'HTTP/1.1 200 Fine', 'HTTP/1.1 200 Good', 'HTTP/1.1 201 Created',
      'HTTP/1.1 200 Fine', 'HTTP/1.1 200 OK',
    ]);
    server.close();
  });
  const get = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
  socket.write(get.repeat(messages.length - 1) +
               'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
