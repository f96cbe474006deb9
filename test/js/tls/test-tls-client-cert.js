'use strict';
// Client certificates: requestCert with a CA, a client that presents one (authorized on both
// ends, the server sees its subject), one that presents none (rejected by the handshake), and
// rejectUnauthorized: false on the server (connection kept, authorizationError set).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');

(async () => {
  const results = [];
  const server = tls.createServer({
    key: read('agent1-key.pem'), cert: read('agent1-cert.pem'), ca, requestCert: true,
  }, (socket) => {
    results.push([socket.authorized, socket.getPeerCertificate().subject.CN]);
    socket.end('ok');
  });
  const clientErrors = [];
  server.on('tlsClientError', (err) => clientErrors.push(err.code));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  await new Promise((resolve) => {
    const s = tls.connect({ port, host: 'localhost', ca, key: read('client-key.pem'),
                            cert: read('client-cert.pem') }, () => {
      assert.strictEqual(s.authorized, true);
      s.on('data', (d) => assert.strictEqual(d.toString(), 'ok'));
      s.on('end', resolve);
    });
  });
  assert.deepStrictEqual(results, [[true, 'tide client']]);

  // No certificate: the server's handshake fails; the client sees the alert or a reset.
  await new Promise((resolve) => {
    const s = tls.connect({ port, host: 'localhost', ca }, () => {
      s.on('data', () => assert.fail('data without a certificate'));
    });
    s.on('error', (err) => {
      assert.match(err.code, /^(ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED|ECONNRESET)$/);
      resolve();
    });
    s.on('close', resolve);
  });
  await new Promise((resolve) => server.close(resolve));
  assert.deepStrictEqual(clientErrors, ['ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE']);

  const lenient = tls.createServer({
    key: read('agent1-key.pem'), cert: read('agent1-cert.pem'), ca, requestCert: true,
    rejectUnauthorized: false,
  }, (socket) => {
    assert.strictEqual(socket.authorized, false);
    assert.strictEqual(socket.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
    socket.end('lenient');
  });
  await new Promise((resolve) => lenient.listen(0, '127.0.0.1', resolve));
  await new Promise((resolve) => {
    const s = tls.connect({ port: lenient.address().port, host: 'localhost', ca,
                            key: read('selfsigned-key.pem'), cert: read('selfsigned-cert.pem') });
    s.on('data', (d) => assert.strictEqual(d.toString(), 'lenient'));
    s.on('end', resolve);
  });
  lenient.close();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
