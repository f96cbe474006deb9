'use strict';
// STARTTLS: a plain TCP conversation upgraded in place on both ends — tls.connect({ socket })
// on the client and new tls.TLSSocket(socket, { isServer: true, … }) on the server — and
// setNoDelay/address()/bytesWritten/setTimeout on the TLS socket reaching the TCP socket under it.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const secureContext = tls.createSecureContext({ key: read('agent1-key.pem'),
                                                cert: read('agent1-cert.pem') });

const server = net.createServer((raw) => {
  raw.once('data', (line) => {
    assert.strictEqual(line.toString(), 'STARTTLS\n');
    raw.write('GO\n', () => {
      const secure = new tls.TLSSocket(raw, { isServer: true, secureContext });
      secure.on('secure', () => {
        assert.strictEqual(secure.getProtocol(), 'TLSv1.3');
        assert.strictEqual(secure.remoteAddress, '127.0.0.1');
      });
      secure.on('data', (d) => secure.end(`secret:${d}`));
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const raw = net.connect(server.address().port, '127.0.0.1', () => raw.write('STARTTLS\n'));
  raw.once('data', (d) => {
    assert.strictEqual(d.toString(), 'GO\n');
    const socket = tls.connect({ socket: raw, servername: 'localhost', ca: read('ca-cert.pem') },
                               () => {
      assert.strictEqual(socket.authorized, true);
      assert.strictEqual(socket.address().port, raw.localPort);
      assert.strictEqual(socket.setNoDelay(true), socket);
      socket.setTimeout(5000);
      socket.write('abc');
      assert.strictEqual(socket.bytesWritten, 3);
    });
    let reply = '';
    socket.on('data', (chunk) => { reply += chunk; });
    socket.on('end', () => {
      assert.strictEqual(reply, 'secret:abc');
      socket.setTimeout(0);
      server.close();
    });
  });
});
