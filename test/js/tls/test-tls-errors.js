'use strict';
// Error paths: a TLS client talking to a plain TCP server that answers garbage (OpenSSL's
// "wrong version number"), a server that closes before the handshake (ECONNRESET with Node's
// message), a plain client that disconnects mid-handshake (tlsClientError on the server), one
// that never speaks (handshakeTimeout), and option validation.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

(async () => {
  // Plain HTTP answer to a ClientHello.
  const plain = net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  });
  let port = await listen(plain);
  let err = await new Promise((resolve) => tls.connect(port, '127.0.0.1').on('error', resolve));
  assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
  assert.strictEqual(err.library, 'SSL routines');
  assert.strictEqual(err.reason, 'wrong version number');
  await new Promise((resolve) => plain.close(resolve));

  // Closed before the handshake.
  const closer = net.createServer((s) => s.destroy());
  port = await listen(closer);
  err = await new Promise((resolve) => tls.connect({ port, host: '127.0.0.1' }).on('error', resolve));
  assert.strictEqual(err.code, 'ECONNRESET');
  assert.strictEqual(err.message,
                     'Client network socket disconnected before secure TLS connection was established');
  assert.strictEqual(err.host, '127.0.0.1');
  assert.strictEqual(err.port, port);
  await new Promise((resolve) => closer.close(resolve));

  // A client that goes away mid-handshake.
  const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') });
  port = await listen(server);
  const clientError = new Promise((resolve) => server.once('tlsClientError', (e, socket) => {
    assert.ok(socket instanceof tls.TLSSocket);
    resolve(e);
  }));
  const raw = net.connect(port, '127.0.0.1', () => raw.end('\x16\x03\x01'));
  err = await clientError;
  assert.strictEqual(err.code, 'ECONNRESET');
  await new Promise((resolve) => server.close(resolve));

  // A client that never speaks: the server's handshakeTimeout.
  const slow = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem'),
                                  handshakeTimeout: 100 });
  port = await listen(slow);
  const timeoutError = new Promise((resolve) => slow.once('tlsClientError', resolve));
  const idle = net.connect(port, '127.0.0.1');
  idle.on('error', () => {});
  err = await timeoutError;
  assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
  assert.strictEqual(err.message, 'TLS handshake timeout');
  idle.destroy();
  await new Promise((resolve) => slow.close(resolve));

  // Validation.
  assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv0' }),
                { code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
                  message: '"TLSv0" is not a valid minimum TLS protocol version' });
  assert.throws(() => tls.createSecureContext({ secureProtocol: 'SSLv3_method' }),
                { code: 'ERR_TLS_INVALID_PROTOCOL_METHOD' });
  assert.throws(() => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method',
                                                minVersion: 'TLSv1.2' }),
                { code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT' });
  assert.throws(() => tls.createSecureContext({ cert: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => tls.createSecureContext({ key: 'not a key' }), /error/i);
  assert.throws(() => tls.createSecureContext({ key: read('agent1-key-enc.pem'),
                                                passphrase: 'wrong' }), Error);
  tls.createSecureContext({ key: read('agent1-key-enc.pem'), passphrase: 'secret',
                            cert: read('agent1-cert.pem') });
  tls.createSecureContext({ pfx: read('agent1.pfx'), passphrase: 'sample' });
  assert.throws(() => tls.createServer({ SNICallback: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
