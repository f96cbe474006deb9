'use strict';
// writeHead() then end(string): the head, the body as one chunk (its size line counted in bytes
// of UTF-8) and the last chunk go out in one write, byte for byte as Node sends them — over TCP
// and over TLS, short and long bodies, non-ASCII heads and bodies, with trailers.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const http = require('http');
const https = require('https');
const net = require('net');
const tls = require('tls');

const long = 'ünïcødé 😀 '.repeat(3000);  // past the 16 KiB the write encodes on the stack
const cases = [
  { url: '/ascii', body: 'Hello, World!' },
  { url: '/utf8', body: 'h\u00e9llo \u{1F600}' },
  { url: '/long', body: long },
  { url: '/trailers', body: 'with trailers', trailers: { 'X-Sum': 'abc' } },
  { url: '/latin1', body: 'caf\u00e9', encoding: 'latin1' },
];

function expected(c) {
  const bytes = Buffer.byteLength(c.body, c.encoding || 'utf8');
  const trailer = c.trailers ? 'X-Sum: abc\r\n' : '';
  return Buffer.concat([
    Buffer.from('HTTP/1.1 200 OK\r\nX-H: \u00e9t\u00e9\r\n' +
                (c.trailers ? 'Trailer: X-Sum\r\n' : '') +
                'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
                'Transfer-Encoding: chunked\r\n\r\n' + bytes.toString(16) + '\r\n', 'latin1'),
    Buffer.from(c.body, c.encoding || 'utf8'),
    Buffer.from(`\r\n0\r\n${trailer}\r\n`, 'latin1'),
  ]);
}

function handler(req, res) {
  const c = cases.find((x) => x.url === req.url);
  res.sendDate = false;
  res.writeHead(200, c.trailers ? { 'X-H': '\u00e9t\u00e9', 'Trailer': 'X-Sum' } : { 'X-H': '\u00e9t\u00e9' });
  if (c.trailers) res.addTrailers(c.trailers);
  res.end(c.body, c.encoding);
}

function run(server, connect, done) {
  server.listen(0, '127.0.0.1', () => {
    const socket = connect(server.address().port);
    const want = Buffer.concat(cases.map(expected));
    const got = [];
    let n = 0;
    socket.on('data', (d) => {
      got.push(d);
      n += d.length;
      if (n >= want.length) {
        assert.strictEqual(Buffer.concat(got).toString('latin1'), want.toString('latin1'));
        socket.destroy();
        server.close(done);
      }
    });
    for (const c of cases) socket.write(`GET ${c.url} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
run(http.createServer(handler), (port) => net.connect(port, '127.0.0.1'), () => {
  const options = {
    key: fs.readFileSync(path.join(fixtures, 'agent1-key.pem')),
    cert: fs.readFileSync(path.join(fixtures, 'agent1-cert.pem')),
  };
  run(https.createServer(options, handler),
      (port) => tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }), () => {});
});
