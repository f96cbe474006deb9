'use strict';
// A TLS server and client over loopback: handshake with a CA-signed certificate, data both ways,
// the negotiated protocol/cipher, peer certificate fields and the 'secure*' events.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

let serverSecure = false;
const server = tls.createServer({
  key: read('agent1-key.pem'),
  cert: read('agent1-cert.pem'),
}, (socket) => {
  serverSecure = true;
  assert.strictEqual(socket.encrypted, true);
  assert.strictEqual(socket.authorized, false);  // no client certificate requested
  assert.strictEqual(socket.getProtocol(), 'TLSv1.3');
  socket.on('data', (d) => {
    socket.end(`echo:${d}`);
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = tls.connect({ port, host: 'localhost', ca: read('ca-cert.pem') }, () => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.encrypted, true);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    const cipher = client.getCipher();
    assert.strictEqual(cipher.version, 'TLSv1.3');
    assert.match(cipher.name, /^TLS_/);
    assert.strictEqual(cipher.name, cipher.standardName);
    const cert = client.getPeerCertificate();
    assert.strictEqual(cert.subject.CN, 'localhost');
    assert.strictEqual(cert.issuer.CN, 'tide test CA');
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
    assert.strictEqual(cert.bits, 2048);
    assert.strictEqual(cert.exponent, '0x10001');
    assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.ok(Buffer.isBuffer(cert.raw));
    assert.strictEqual(cert.issuerCertificate, undefined);
    assert.strictEqual(typeof client.remotePort, 'number');
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    client.write('hello');
  });
  let data = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { data += d; });
  client.on('end', () => {
    assert.strictEqual(data, 'echo:hello');
    assert.ok(serverSecure);
    server.close();
  });
});
