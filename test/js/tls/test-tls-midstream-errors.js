'use strict';
// What can go wrong once a TLS connection over TCP is up (the TLS layer then reads and writes the
// TCP handle itself): a peer that sends bytes that are no TLS record (the server fails with an
// OpenSSL error, the client sees the alert or the connection go), a peer that vanishes mid-stream
// (the other side ends), and writes of every string encoding through cork()/writev.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const options = { key: read('agent1-key.pem'), cert: read('agent1-cert.pem') };
const connectOptions = (port) => ({ port, host: 'localhost', ca: read('ca-cert.pem') });
// A TLS client over a TCP socket of our own: [tlsSocket, tcpSocket].
function connectOver(port) {
  const raw = net.connect(port, '127.0.0.1');
  return [tls.connect({ ...connectOptions(port), socket: raw }), raw];
}

let pending = 3;
function done() {
  if (--pending === 0) process.exitCode = 0;
}
process.exitCode = 1;

// 1. Garbage after the handshake.
{
  const server = tls.createServer(options, (socket) => {
    socket.on('data', (d) => {
      assert.strictEqual(d.toString(), 'hello');
      socket.write('ok');
    });
    socket.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_SSL_WRONG_VERSION_NUMBER');
      assert.strictEqual(err.reason, 'wrong version number');
      assert.strictEqual(err.library, 'SSL routines');
      server.close();
      done();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const [client, raw] = connectOver(server.address().port);
    client.on('secureConnect', () => client.write('hello'));
    client.once('data', (d) => {
      assert.strictEqual(d.toString(), 'ok');
      // Bytes that are no TLS record, straight onto the TCP socket under the TLS one.
      raw.write(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    });
    // The server's alert (or, if it lost the race, the connection's reset).
    client.on('error', (err) => {
      assert.match(err.code, /^(ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION|ECONNRESET)$/);
      raw.destroy();
    });
  });
}

// 2. The peer's TCP socket is destroyed mid-stream: the other side closes (no hang).
{
  const server = tls.createServer(options, (socket) => {
    socket.write('x'.repeat(1 << 20));
    socket.on('error', (err) => assert.match(err.code, /^(ECONNRESET|EPIPE)$/));
    socket.on('close', () => {
      server.close();
      done();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const [client, raw] = connectOver(server.address().port);
    client.on('error', () => {});  // the TLS socket over the destroyed one fails as it may
    client.once('data', (d) => {
      assert.ok(d.length > 0);
      raw.destroy();
    });
  });
}

// 3. Every string encoding and Buffers, corked into one writev, then end().
{
  const parts = [['héllo €', 'utf8'], ['caf\xe9 ' + 'x'.repeat(40), 'utf8'], ['c3a9', 'hex'],
                 ['4pys', 'base64'], ['\xe9\xff', 'latin1'], ['ascii', 'ascii'], ['ucs', 'ucs2'],
                 [Buffer.from([0, 1, 2]), undefined]];
  const expected =
    Buffer.concat(parts.map(([c, e]) => (Buffer.isBuffer(c) ? c : Buffer.from(c, e))));
  const server = tls.createServer(options, (socket) => {
    const chunks = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('end', () => {
      const got = Buffer.concat(chunks);
      assert.deepStrictEqual(got, expected);
      assert.strictEqual(socket.bytesRead, expected.length);
      socket.end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = tls.connect(connectOptions(server.address().port), () => {
      client.cork();
      for (const [chunk, encoding] of parts) client.write(chunk, encoding);
      client.uncork();
      client.end();
    });
    client.on('finish', () => assert.strictEqual(client.bytesWritten, expected.length));
    client.on('close', () => {
      server.close();
      done();
    });
    client.resume();
  });
}
