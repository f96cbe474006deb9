'use strict';
// Pipelined requests sent in one write are answered in order, even when the handlers finish
// out of order; the responses queue behind the one in flight.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const delays = { '/a': 60, '/b': 0, '/c': 20 };
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(`body${req.url}`), delays[req.url]);
});

withServer(server, async (port) => {
  const req = (path, last) => `GET ${path} HTTP/1.1\r\nHost: x\r\n` +
                              (last ? 'Connection: close\r\n' : '') + '\r\n';
  const { data } = await rawExchange(port, req('/a') + req('/b') + req('/c', true));
  const bodies = data.split(/HTTP\/1\.1 200 OK\r\n/).slice(1)
    .map((r) => r.slice(r.indexOf('\r\n\r\n') + 4));
  assert.deepStrictEqual(bodies, ['body/a', 'body/b', 'body/c']);
  assert.match(data, /Connection: close\r\nContent-Length: 6\r\n\r\nbody\/c$/);
}).then(() => console.log('ok'));
