'use strict';
// The header names the head logic looks for (Date, Expect, Trailer, Connection, Content-Length,
// Transfer-Encoding, in any case) change what the head gets; names of other lengths are passed
// through. lib/_http_outgoing.js tests a name's length before asking (storeHeader). Same bytes
// under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = [
  // [headers, check(head, body)]
  [{ 'Date': 'Thu, 01 Jan 1970 00:00:00 GMT' }, (h) => {
    assert.strictEqual(h.match(/\r\nDate: /gi).length, 1);
    assert.ok(h.includes('\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\n'));
  }],
  [{ 'dAtE': 'x' }, (h) => {
    assert.strictEqual(h.match(/\r\ndate: /gi).length, 1);
  }],
  [{ 'Connection': 'close' }, (h) => {
    assert.ok(h.includes('\r\nConnection: close\r\n'));
    assert.ok(!/keep-alive/i.test(h));
  }],
  [{ 'CONNECTION': 'keep-alive' }, (h) => {
    assert.strictEqual(h.match(/\r\nconnection: /gi).length, 1);
    assert.ok(!/Keep-Alive: timeout/.test(h));
  }],
  [{ 'Content-Length': 5 }, (h, b) => {
    assert.strictEqual(h.match(/\r\ncontent-length: /gi).length, 1);
    assert.ok(h.includes('\r\nContent-Length: 5\r\n'));
    assert.ok(!/transfer-encoding/i.test(h));
    assert.strictEqual(b, 'hello');
  }],
  [{ 'content-length': '5' }, (h, b) => {
    assert.strictEqual(h.match(/\r\ncontent-length: /gi).length, 1);
    assert.strictEqual(b, 'hello');
  }],
  [{ 'Transfer-Encoding': 'chunked' }, (h, b) => {
    assert.strictEqual(h.match(/\r\ntransfer-encoding: /gi).length, 1);
    assert.ok(!/content-length/i.test(h));
    assert.strictEqual(b, '5\r\nhello\r\n0\r\n\r\n');
  }],
  [{ 'Content-Type': 'text/plain', 'X-Abc': '1', 'Content-Typo': 'y' }, (h, b) => {
    assert.ok(h.includes('\r\nContent-Type: text/plain\r\nX-Abc: 1\r\nContent-Typo: y\r\n'));
    assert.ok(h.includes('\r\nTransfer-Encoding: chunked\r\n'));
    assert.ok(/\r\nDate: /.test(h));
    assert.strictEqual(b, '5\r\nhello\r\n0\r\n\r\n');
  }],
];

let i = 0;
const server = http.createServer((req, res) => {
  const n = Number(req.url.slice(1));
  res.writeHead(200, cases[n][0]);
  res.end('hello');
});

server.listen(0, '127.0.0.1', function next() {
  if (i === cases.length) {
    // Trailer without chunked encoding: ERR_HTTP_TRAILER_INVALID, as Node.
    const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
    res.setHeader('Trailer', 'X-T');
    res.setHeader('Content-Length', 0);
    assert.throws(() => res.writeHead(200), { code: 'ERR_HTTP_TRAILER_INVALID' });
    server.close();
    console.log('ok');
    return;
  }
  const n = i++;
  const socket = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (d) => {
    data += d;
    const end = data.indexOf('\r\n\r\n');
    if (end === -1) return;
    const head = data.slice(0, end + 2);
    const body = data.slice(end + 4);
    const isChunked = /transfer-encoding: chunked/i.test(head);
    if ((isChunked && body.endsWith('0\r\n\r\n')) || (!isChunked && body.length >= 5)) {
      cases[n][1](head, body);
      socket.destroy();
      next();
    }
  });
  socket.write(`GET /${n} HTTP/1.1\r\nHost: x\r\n\r\n`);
});
