'use strict';
// IncomingMessage headers: lower-cased names; duplicates follow Node's rules (set-cookie an
// array, cookie joined with '; ', single-valued fields keep the first, others joined with ', ');
// rawHeaders keep case and order; headersDistinct; trailers; joinDuplicateHeaders; more than
// 32 header pairs (the parser flushes them in batches); maxHeadersCount.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const seen = [];
const server = http.createServer((req, res) => {
  const body = [];
  req.on('data', (d) => body.push(d));
  req.on('end', () => {
    seen.push({
      method: req.method,
      url: req.url,
      httpVersion: req.httpVersion,
      headers: req.headers,
      distinct: req.headersDistinct,
      raw: req.rawHeaders,
      trailers: req.trailers,
      rawTrailers: req.rawTrailers,
      complete: req.complete,
      body: Buffer.concat(body).toString(),
    });
    res.end();
  });
});

const many = [];
for (let i = 0; i < 40; i++) many.push(`X-H${i}: v${i}\r\n`);

withServer(server, async (port) => {
  await rawExchange(port,
                    'POST /p?q=1 HTTP/1.1\r\nHost: h\r\nSet-Cookie: a\r\nset-cookie: b\r\n' +
                    'Cookie: c=1\r\nCookie: d=2\r\nContent-Type: text/plain\r\n' +
                    'content-type: text/html\r\nAccept: x\r\nAccept: y\r\nX-Empty:\r\n' +
                    'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
                    '3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trail: t1\r\nx-trail: t2\r\n\r\n');
  const r = seen[0];
  assert.strictEqual(r.method, 'POST');
  assert.strictEqual(r.url, '/p?q=1');
  assert.strictEqual(r.httpVersion, '1.1');
  assert.strictEqual(r.complete, true);
  assert.strictEqual(r.body, 'abcde');
  assert.deepStrictEqual(r.headers, {
    'host': 'h',
    'set-cookie': ['a', 'b'],
    'cookie': 'c=1; d=2',
    'content-type': 'text/plain',
    'accept': 'x, y',
    'x-empty': '',
    'transfer-encoding': 'chunked',
    'connection': 'close',
  });
  assert.deepStrictEqual(r.distinct['content-type'], ['text/plain', 'text/html']);
  assert.deepStrictEqual(r.distinct.accept, ['x', 'y']);
  assert.deepStrictEqual(r.raw.slice(0, 6), ['Host', 'h', 'Set-Cookie', 'a', 'set-cookie', 'b']);
  assert.deepStrictEqual(r.trailers, { 'x-trail': 't1, t2' });
  assert.deepStrictEqual(r.rawTrailers, ['X-Trail', 't1', 'x-trail', 't2']);

  await rawExchange(port, 'GET /many HTTP/1.1\r\nHost: h\r\n' + many.join('') +
                    'Connection: close\r\n\r\n');
  const m = seen[1];
  assert.strictEqual(m.url, '/many');
  assert.strictEqual(m.raw.length, (40 + 2) * 2);
  assert.strictEqual(m.headers['x-h0'], 'v0');
  assert.strictEqual(m.headers['x-h39'], 'v39');
  assert.strictEqual(m.headers.connection, 'close');

  server.maxHeadersCount = 3;
  await rawExchange(port, 'GET /max HTTP/1.1\r\nHost: h\r\n' + many.join('') +
                    'Connection: close\r\n\r\n');
  assert.strictEqual(Object.keys(seen[2].headers).length, 3);
}).then(async () => {
  // joinDuplicateHeaders joins single-valued fields too (set-cookie stays an array).
  const joined = http.createServer({ joinDuplicateHeaders: true }, (req, res) => {
    assert.strictEqual(req.headers['content-type'], 'a, b');
    assert.deepStrictEqual(req.headers['set-cookie'], ['x', 'y']);
    res.end('j');
  });
  await withServer(joined, async (port) => {
    const { data } = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: h\r\nContent-Type: a\r\n' +
                                       'Content-Type: b\r\nSet-Cookie: x\r\nSet-Cookie: y\r\n' +
                                       'Connection: close\r\n\r\n');
    assert.match(data, /\r\n\r\nj$/);
  });
  console.log('ok');
});
