'use strict';
// A response head is rendered from its parts (first line, header names and values, the Date,
// Connection and Content-Length lines) through a cache of heads made of the same parts, into one
// array reused by every head (lib/_http_outgoing.js). Heads with as many parts but split
// differently, a head stored while another is being stored (a value's toString() writing another
// response's head), and a head that throws half-way must all leave every head exactly as it is
// built by hand here.
const assert = require('assert');
const http = require('http');

function response(keepAlive = true) {
  const req = { method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} };
  const res = new http.ServerResponse(req);
  res.sendDate = false;
  res.shouldKeepAlive = keepAlive;
  return res;
}

function expectHead(res, status, pairs, tail) {
  let head = `HTTP/1.1 ${status}\r\n`;
  for (const [name, value] of pairs) head += `${name}: ${value}\r\n`;
  assert.strictEqual(res._header, head + tail + '\r\n');
}

const keepAlive = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
for (let round = 0; round < 3; round++) {
  // The same number of parts, split differently between headers and lines.
  let res = response();
  res._contentLength = 5;
  res._keepAliveTimeout = 5000;
  res.writeHead(200, { 'X-A': 'a' });
  expectHead(res, '200 OK', [['X-A', 'a']], keepAlive + 'Content-Length: 5\r\n');

  res = response();
  res.writeHead(200, { 'X-A': 'a', 'X-B': 'b', 'Content-Length': 5 });
  expectHead(res, '200 OK', [['X-A', 'a'], ['X-B', 'b'], ['Content-Length', 5]],
             'Connection: keep-alive\r\n');

  res = response(false);
  res.writeHead(404, [['X-A', 'a'], ['Set-Cookie', 'c=1'], ['Set-Cookie', 'd=2']]);
  expectHead(res, '404 Not Found', [['X-A', 'a'], ['Set-Cookie', 'c=1'], ['Set-Cookie', 'd=2']],
             'Connection: close\r\nTransfer-Encoding: chunked\r\n');

  res = response();
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('Content-Length', 12);
  res.setHeader('X-Many', ['1', '2']);
  res.writeHead(201);
  expectHead(res, '201 Created', [['Content-Type', 'text/plain'], ['Content-Length', 12],
                                  ['X-Many', '1'], ['X-Many', '2']], 'Connection: keep-alive\r\n');

  res = response();
  res.writeHead(204);
  expectHead(res, '204 No Content', [], 'Connection: keep-alive\r\n');
}

// A value whose conversion writes another response's head meanwhile.
{
  const inner = response();
  let armed = false;
  const value = {
    toString() {
      if (armed) inner.writeHead(500, { 'X-Inner': 'i1', 'X-Inner-2': 'i2', 'Content-Length': 0 });
      return 'converted';
    },
  };
  const outer = response();
  outer.setHeader('X-Before', 'b');
  outer.setHeader('X-Value', value);
  outer.setHeader('X-After', 'a');
  outer.setHeader('Content-Length', 3);
  armed = true;
  outer.writeHead(200);
  armed = false;
  expectHead(inner, '500 Internal Server Error',
             [['X-Inner', 'i1'], ['X-Inner-2', 'i2'], ['Content-Length', 0]],
             'Connection: keep-alive\r\n');
  expectHead(outer, '200 OK', [['X-Before', 'b'], ['X-Value', 'converted'], ['X-After', 'a'],
                               ['Content-Length', 3]], 'Connection: keep-alive\r\n');
}

// The same, while the outer head matches the last one stored so far, with the converted value the
// same as in that head or not.
for (const converted of ['same', 'other']) {
  const headers = (value) => [['X-Before', 'b'], ['X-Value', value], ['X-After', 'a'],
                              ['Content-Length', 3]];
  const first = response();
  first.writeHead(200, headers('same').flat());
  expectHead(first, '200 OK', headers('same'), 'Connection: keep-alive\r\n');
  const inner = response();
  let armed = false;
  const value = {
    toString() {
      if (armed) inner.writeHead(200, { 'X-Inner': 'i', 'Content-Length': 9 });
      return converted;
    },
  };
  const outer = response();
  for (const [name, v] of headers(value)) outer.setHeader(name, v);
  armed = true;
  outer.writeHead(200);
  armed = false;
  expectHead(inner, '200 OK', [['X-Inner', 'i'], ['Content-Length', 9]],
             'Connection: keep-alive\r\n');
  expectHead(outer, '200 OK', headers(converted), 'Connection: keep-alive\r\n');
  const again = response();
  again.writeHead(200, headers('same').flat());
  expectHead(again, '200 OK', headers('same'), 'Connection: keep-alive\r\n');
}

// A head that throws half-way leaves the next ones whole.
{
  const res = response();
  assert.throws(() => res.writeHead(200, { 'X-A': 'a', 'Bad Name': 'x' }),
                { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => response().writeHead(200, { 'X-A': 'a', 'X-B': 'b\n' }),
                { code: 'ERR_INVALID_CHAR' });
  const next = response();
  next.writeHead(200, { 'X-C': 'c', 'Content-Length': 1 });
  expectHead(next, '200 OK', [['X-C', 'c'], ['Content-Length', 1]], 'Connection: keep-alive\r\n');
}

// A head of very many parts, then small ones again.
{
  const many = [];
  for (let k = 0; k < 300; k++) many.push([`X-H${k}`, `v${k}`]);
  const big = response();
  big.writeHead(200, many);
  expectHead(big, '200 OK', many, 'Connection: keep-alive\r\nTransfer-Encoding: chunked\r\n');
  const small = response();
  small.writeHead(200, { 'X-H0': 'v0', 'Content-Length': 2 });
  expectHead(small, '200 OK', [['X-H0', 'v0'], ['Content-Length', 2]], 'Connection: keep-alive\r\n');
}
