'use strict';
// Protocol versions and ciphers: maxVersion TLSv1.2 negotiates TLS 1.2 with the chosen cipher,
// a TLS 1.3 suite list is honoured, an unknown cipher list fails with OpenSSL's error, and a
// version range the peers do not share fails the handshake.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');

function connect(options) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ ca, host: 'localhost', ...options }, () => {
      const result = [socket.getProtocol(), socket.getCipher().name];
      socket.resume();
      socket.on('end', () => resolve(result));
    });
    socket.on('error', reject);
  });
}

(async () => {
  const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (s) => {
    s.on('error', () => {});
    s.end();
  });
  server.on('tlsClientError', () => {});
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  assert.deepStrictEqual(await connect({ port, maxVersion: 'TLSv1.2',
                                         ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' }),
                         ['TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256']);
  assert.deepStrictEqual(await connect({ port, ciphers: 'TLS_CHACHA20_POLY1305_SHA256' }),
                         ['TLSv1.3', 'TLS_CHACHA20_POLY1305_SHA256']);
  assert.deepStrictEqual(await connect({ port, secureProtocol: 'TLSv1_2_method' }),
                         ['TLSv1.2', 'ECDHE-RSA-AES128-GCM-SHA256']);
  assert.throws(() => tls.connect({ port, ciphers: 'NOPE' }), {
    code: 'ERR_SSL_NO_CIPHER_MATCH',
    library: 'SSL routines',
    reason: 'no cipher match',
  });
  server.close();

  const modern = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem'),
                                    minVersion: 'TLSv1.3' });
  modern.on('tlsClientError', () => {});
  await new Promise((resolve) => modern.listen(0, '127.0.0.1', resolve));
  await assert.rejects(connect({ port: modern.address().port, maxVersion: 'TLSv1.2' }),
                       { code: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
  modern.close();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
