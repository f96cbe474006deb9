'use strict';
// An https server whose parser reads the TLS connection's plaintext in C++ (as over plain TCP),
// driven by a raw TLS client: pipelined requests in one record, a chunked POST, a latin1 header
// next to a UTF-8 body in one response, a 'data' listener taking the reads back to JavaScript, an
// upgrade with bytes after its head, the plaintext byte counts and keepAliveTimeout.
const assert = require('assert');
const fs = require('fs');
const https = require('https');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

let dataEvents = 0;
const server = https.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (req, res) => {
  if (req.url === '/data') req.socket.on('data', () => dataEvents++);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('x-latin1', '\u00e9');
    res.end(`${req.method} ${req.url} ${body} \u20ac`);
  });
});
server.keepAliveTimeout = 200;
server.on('upgrade', (req, socket, head) => {
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write(`echo:${d}`));
});

function request(lines) {
  return lines.join('\r\n');
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = tls.connect({ port, host: 'localhost', ca: read('ca-cert.pem') });
  let sent = 0;
  const send = (s) => {
    sent += Buffer.byteLength(s);
    client.write(s);
  };
  client.on('secureConnect', () => {
    send(request(['GET /a HTTP/1.1', 'Host: x', '', '']) +
         request(['POST /b HTTP/1.1', 'Host: x', 'Transfer-Encoding: chunked', '', '3', 'abc',
                  '2', 'de', '0', '', '']) +
         request(['GET /data HTTP/1.1', 'Host: x', '', '']));
  });
  let received = Buffer.alloc(0);
  let stage = 0;
  client.on('data', (d) => {
    received = Buffer.concat([received, d]);
    const text = received.toString('latin1');
    if (stage === 0 && text.split('HTTP/1.1 200 OK').length === 4) {
      stage = 1;
      // Head and string body share a write: both in the body's encoding (UTF-8), as in Node.
      assert.ok(received.includes(Buffer.from('x-latin1: \xc3\xa9\r\n', 'latin1')));
      const bodies = text.match(/(GET|POST) \/\w+ \w* \xe2\x82\xac/g);
      assert.deepStrictEqual(bodies, ['GET /a  \xe2\x82\xac', 'POST /b abcde \xe2\x82\xac',
                                      'GET /data  \xe2\x82\xac']);
      // Reads went through the 'data' listener once it was added.
      send(request(['GET /data HTTP/1.1', 'Host: x', '', '']));
      return;
    }
    if (stage === 1 && text.split('HTTP/1.1 200 OK').length === 5) {
      stage = 2;
      assert.ok(dataEvents >= 1);
      received = Buffer.alloc(0);
      send(request(['GET /up HTTP/1.1', 'Host: x', 'Connection: Upgrade', 'Upgrade: echo', '',
                    '']) + 'early');
      return;
    }
    if (stage === 2 && text.endsWith('\r\n\r\n')) {
      stage = 3;
      assert.match(text, /^HTTP\/1\.1 101 /);
      received = Buffer.alloc(0);
      send('ping');
      return;
    }
    if (stage === 3 && text === 'echo:ping') {
      stage = 4;
      client.end();
    }
  });
  client.on('end', () => assert.strictEqual(stage, 4));
  client.on('close', () => {
    // The second connection: idle past keepAliveTimeout, the server closes it.
    const started = Date.now();
    const idle = tls.connect({ port, host: 'localhost', ca: read('ca-cert.pem') }, () => {
      idle.write(request(['GET /idle HTTP/1.1', 'Host: x', '', '']));
    });
    idle.resume();
    idle.on('close', () => {
      assert.ok(Date.now() - started >= 150);
      server.close();
    });
  });
  // The first connection's plaintext count: every byte the client sent.
  server.once('secureConnection', (socket) => {
    socket.on('close', () => assert.strictEqual(socket.bytesRead, sent));
  });
});
