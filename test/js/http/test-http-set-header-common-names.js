'use strict';
// setHeader() stores Content-Type and Content-Length at sites of their own (lib/_http_outgoing.js)
// and keeps lower-cased names internalized in a cache: either spelling of a name replaces the
// other, order and values are kept as Node keeps them, and removal then re-adding works. A set
// Content-Length is the one the head carries.
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-One', '1');
  res.setHeader('content-length', 2);
  res.setHeader('CONTENT-TYPE', 'text/html');      // replaces, keeps its place
  res.setHeader('Content-Length', '2');
  assert.deepStrictEqual(res.getHeaderNames(), ['content-type', 'x-one', 'content-length']);
  assert.strictEqual(res.getHeader('content-type'), 'text/html');
  assert.strictEqual(res.getHeader('CONTENT-LENGTH'), '2');
  res.removeHeader('Content-Type');
  assert.strictEqual(res.hasHeader('content-type'), false);
  res.setHeader('content-type', 'application/json');  // re-added: now last
  assert.deepStrictEqual(res.getHeaderNames(), ['x-one', 'content-length', 'content-type']);
  assert.deepStrictEqual(res.getHeaders(), {
    __proto__: null,
    'x-one': '1',
    'content-length': '2',
    'content-type': 'application/json',
  });
  res.end('ok');
  // The head took the set Content-Length (end() does not measure the body again then).
  assert.strictEqual(res._contentLength, 2);
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    const raw = res.rawHeaders;
    assert.deepStrictEqual(raw.slice(0, 6),
                           ['X-One', '1', 'Content-Length', '2', 'content-type', 'application/json']);
    res.resume();
    res.on('end', () => server.close());
  });
});
