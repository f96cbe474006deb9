'use strict';
// The exact bytes of responses: Content-Length for end(data), chunked encoding for write(),
// (writeHead() sends headers first: chunked), Connection/Keep-Alive headers, HTTP/1.0 close-delimited bodies, HEAD without a body.
const assert = require('assert');
const http = require('http');
const { rawExchange, normalizeDate, withServer } = require('../../fixtures/http/raw');

const server = http.createServer((req, res) => {
  if (req.url === '/chunked') {
    res.write('a');
    res.end('bc');
  } else if (req.url === '/buffer') {
    res.end(Buffer.from('buf!'));
  } else if (req.url === '/empty') {
    res.end();
  } else if (req.url === '/204') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/head-obj') {
    res.writeHead(201, 'Made', { 'X-A': '1', 'Set-Cookie': ['a=1', 'b=2'] });
    res.end('x');
  } else if (req.url === '/head-arr') {
    res.setHeader('X-Old', 'o');
    res.writeHead(200, ['X-B', '2', 'X-C', '3']);
    res.end('y');
  } else if (req.url === '/trailers') {
    res.writeHead(200, { Trailer: 'X-T' });
    res.write('t');
    res.addTrailers({ 'X-T': 'done' });
    res.end();
  } else if (req.url === '/nodate') {
    res.sendDate = false;
    res.end('n');
  } else {
    res.end('hello');
  }
});

const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
const cases = [
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nDate: {DATE}\r\n${ka}Content-Length: 5\r\n\r\nhello`],
  ['GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nDate: {DATE}\r\n${ka}Transfer-Encoding: chunked\r\n\r\n` +
   '1\r\na\r\n2\r\nbc\r\n0\r\n\r\n'],
  ['GET /buffer HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nDate: {DATE}\r\n${ka}Content-Length: 4\r\n\r\nbuf!`],
  ['GET /empty HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nDate: {DATE}\r\n${ka}Content-Length: 0\r\n\r\n`],
  ['GET /204 HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 204 No Content\r\nDate: {DATE}\r\n${ka}\r\n`],
  ['GET /head-obj HTTP/1.1\r\nHost: x\r\n\r\n',
   'HTTP/1.1 201 Made\r\nX-A: 1\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nDate: {DATE}\r\n' +
   `${ka}Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n`],
  ['GET /head-arr HTTP/1.1\r\nHost: x\r\n\r\n',
   'HTTP/1.1 200 OK\r\nX-Old: o\r\nX-B: 2\r\nX-C: 3\r\nDate: {DATE}\r\n' +
   `${ka}Transfer-Encoding: chunked\r\n\r\n1\r\ny\r\n0\r\n\r\n`],
  ['GET /trailers HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nTrailer: X-T\r\nDate: {DATE}\r\n${ka}Transfer-Encoding: chunked\r\n\r\n` +
   '1\r\nt\r\n0\r\nX-T: done\r\n\r\n'],
  ['GET /nodate HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\n${ka}Content-Length: 1\r\n\r\nn`],
  ['HEAD / HTTP/1.1\r\nHost: x\r\n\r\n',
   `HTTP/1.1 200 OK\r\nDate: {DATE}\r\n${ka}\r\n`],
  ['GET / HTTP/1.0\r\n\r\n', 'HTTP/1.1 200 OK\r\nDate: {DATE}\r\nConnection: close\r\n\r\nhello'],
  // An HTTP/1.1 request without Host is refused.
  ['GET / HTTP/1.1\r\n\r\n',
   'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: {DATE}\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
];

withServer(server, async (port) => {
  for (const [request, expected] of cases) {
    const { data } = await rawExchange(port, request, { idleMs: 150 });
    assert.strictEqual(normalizeDate(data), expected, `for ${JSON.stringify(request)}`);
  }
}).then(() => console.log('ok'));
