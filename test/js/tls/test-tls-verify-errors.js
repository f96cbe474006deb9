'use strict';
// Certificate verification on the client: Node's error codes and messages for an untrusted
// chain, a self-signed certificate and a host name mismatch; rejectUnauthorized: false lets the
// connection through with authorized false and the authorizationError.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

function serve(key, cert) {
  const server = tls.createServer({ key: read(key), cert: read(cert) }, (s) => {
    s.on('error', () => {});  // clients that reject the certificate go away at once
    s.end('hi');
  });
  server.on('tlsClientError', () => {});
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function connectError(options) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect(options, () => reject(new Error('connected')));
    socket.on('error', resolve);
  });
}

(async () => {
  const signed = await serve('agent1-key.pem', 'agent1-cert.pem');
  const port = signed.address().port;

  let err = await connectError({ port, host: 'localhost' });
  assert.strictEqual(err.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  assert.strictEqual(err.message, 'unable to verify the first certificate');

  err = await connectError({ port, host: '127.0.0.1', servername: 'example.com',
                             ca: read('ca-cert.pem') });
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.message, "Hostname/IP does not match certificate's altnames: " +
    "Host: example.com. is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1");
  assert.strictEqual(err.host, 'example.com');
  assert.strictEqual(err.cert.subject.CN, 'localhost');

  // A custom checkServerIdentity decides.
  await new Promise((resolve) => {
    const socket = tls.connect({ port, host: 'localhost', ca: read('ca-cert.pem'),
                                 checkServerIdentity: (host, cert) => {
                                   assert.strictEqual(host, 'localhost');
                                   assert.strictEqual(cert.subject.CN, 'localhost');
                                   return undefined;
                                 } }, () => {
      assert.strictEqual(socket.authorized, true);
      socket.destroy();
      resolve();
    });
  });

  // Not rejecting: connected, but not authorized.
  await new Promise((resolve) => {
    const socket = tls.connect({ port, host: 'localhost', rejectUnauthorized: false }, () => {
      assert.strictEqual(socket.authorized, false);
      assert.strictEqual(socket.authorizationError, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      socket.on('data', (d) => {
        assert.strictEqual(d.toString(), 'hi');
        resolve();
      });
    });
  });
  signed.close();

  const self = await serve('selfsigned-key.pem', 'selfsigned-cert.pem');
  err = await connectError({ port: self.address().port, host: 'localhost' });
  assert.strictEqual(err.code, 'DEPTH_ZERO_SELF_SIGNED_CERT');
  assert.strictEqual(err.message, 'self-signed certificate');
  // Trusting the certificate itself works.
  await new Promise((resolve) => {
    const socket = tls.connect({ port: self.address().port, host: 'localhost',
                                 ca: read('selfsigned-cert.pem') }, () => {
      assert.strictEqual(socket.authorized, true);
      const cert = socket.getPeerCertificate(true);
      assert.strictEqual(cert.issuerCertificate, cert);
      socket.destroy();
      resolve();
    });
  });

  // NODE_TLS_REJECT_UNAUTHORIZED=0 turns rejection off, with a warning once.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  const warnings = [];
  process.on('warning', (w) => warnings.push(w.message));
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => {
      const socket = tls.connect({ port: self.address().port, host: 'localhost' }, () => {
        assert.strictEqual(socket.authorized, false);
        assert.strictEqual(socket.authorizationError, 'DEPTH_ZERO_SELF_SIGNED_CERT');
        socket.destroy();
        resolve();
      });
    });
  }
  await new Promise(setImmediate);
  assert.deepStrictEqual(warnings, [
    "Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
    'connections and HTTPS requests insecure by disabling certificate verification.',
  ]);
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  self.close();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
