'use strict';
// 'keylog': NSS key log lines (with their newline) on a client socket that listens for them,
// and on a server with the socket; the same labels in the same order as node.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                (s) => s.end());
const serverLines = [];
server.on('keylog', (line, socket) => {
  assert.ok(socket instanceof tls.TLSSocket);
  serverLines.push(line);
});

server.listen(0, '127.0.0.1', () => {
  const clientLines = [];
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: read('ca-cert.pem') });
  c.on('keylog', (line) => clientLines.push(line));
  c.resume();
  c.on('end', () => {
    const label = (line) => {
      assert.ok(Buffer.isBuffer(line));
      assert.match(line.toString(), /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]+\n$/);
      return line.toString().split(' ')[0];
    };
    assert.deepStrictEqual(clientLines.map(label), [
      'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'EXPORTER_SECRET', 'SERVER_TRAFFIC_SECRET_0',
      'CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0',
    ]);
    assert.deepStrictEqual(serverLines.map(label), [
      'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'EXPORTER_SECRET',
      'SERVER_TRAFFIC_SECRET_0', 'CLIENT_TRAFFIC_SECRET_0',
    ]);
    // The same secrets on both ends.
    const secret = (lines, name) => lines.map(String).find((l) => l.startsWith(name));
    assert.strictEqual(secret(clientLines, 'EXPORTER_SECRET'),
                       secret(serverLines, 'EXPORTER_SECRET'));
    server.close();
  });
});
