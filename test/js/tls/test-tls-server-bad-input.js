'use strict';
// Bad bytes never crash or wedge a TLS server: random data, a plain HTTP request, a truncated
// ClientHello and a record header announcing a huge record each end in 'tlsClientError' and a
// closed connection; a real client is served afterwards.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

const payloads = [
  crypto.randomBytes(2000),
  Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'),
  Buffer.from('160301020001', 'hex'),  // a ClientHello record cut short, then EOF
  Buffer.from('1603037fff', 'hex'),  // a record longer than TLS allows
  Buffer.concat([Buffer.from('16030100ff', 'hex'), crypto.randomBytes(255)]),
];

const errors = [];
const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                (s) => s.end('fine'));
server.on('tlsClientError', (err, socket) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(typeof err.code, 'string');
  errors.push(err.code);
  assert.ok(socket.destroyed);
});

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const payload of payloads) {
    await new Promise((resolve) => {
      const raw = net.connect(port, '127.0.0.1', () => raw.end(payload));
      raw.on('error', () => {});
      raw.resume();
      raw.on('close', resolve);
    });
  }
  await new Promise((resolve) => {
    const s = tls.connect({ port, host: 'localhost', ca: read('ca-cert.pem') });
    let data = '';
    s.on('data', (d) => { data += d; });
    s.on('end', () => {
      assert.strictEqual(data, 'fine');
      resolve();
    });
  });
  assert.strictEqual(errors.length, payloads.length);
  server.close();
});
