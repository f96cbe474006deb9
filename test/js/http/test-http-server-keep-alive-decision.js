'use strict';
// Whether the server keeps a connection open after a request, as the request's version and
// Connection header decide (llhttp's rule, which tide applies to requests inline): HTTP/1.1 unless
// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`. The response says so and the
// server closes or not. Passes under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');

// [version, header, the response's Connection value, whether the server ends the connection]
const cases = [
  ['HTTP/1.1', '', 'keep-alive', false],
  ['HTTP/1.1', 'Connection: close\r\n', 'close', true],
  ['HTTP/1.1', 'Connection: keep-alive\r\n', 'keep-alive', false],
  ['HTTP/1.0', '', 'close', true],
  ['HTTP/1.0', 'Connection: keep-alive\r\n', 'keep-alive', false],
  ['HTTP/1.0', 'Connection: close\r\n', 'close', true],
];

const server = http.createServer((req, res) => {
  // (With a Content-Length of its own: an HTTP/1.0 response is kept alive only with one.)
  const body = `${req.httpVersion} ${req.headers.connection || '-'}`;
  res.setHeader('Content-Length', body.length);
  res.end(body);
});
server.keepAliveTimeout = 2000;

const seen = [];
function run(i) {
  if (i === cases.length) {
    server.close();
    for (let k = 0; k < cases.length; k++) {
      assert.deepStrictEqual(seen[k], [cases[k][2], cases[k][3]], `${cases[k][0]} ${cases[k][1]}`);
    }
    return;
  }
  const socket = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  let ended = false;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const m = /\r\nConnection: ([^\r]*)\r\n/i.exec(data);
    seen.push([m ? m[1].toLowerCase() : null, ended]);
    socket.destroy();
    run(i + 1);
  };
  socket.on('data', (chunk) => {
    data += chunk;
    // Not ended a moment after the response: kept open.
    if (data.includes('\r\n\r\n')) setTimeout(finish, 100);
  });
  socket.on('end', () => {
    ended = true;
    finish();
  });
  socket.write(`GET / ${cases[i][0]}\r\nHost: x\r\n${cases[i][1]}\r\n`);
}

server.listen(0, '127.0.0.1', () => run(0));
