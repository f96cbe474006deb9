'use strict';
// SNI with an SNICallback that answers asynchronously: the context it returns is used, and
// undefined keeps the server's own.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');

// Resolves once the server has ended the connection (so both ends saw it established).
function connect(options) {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ ca, ...options }, () => {
      socket.resume();
      socket.on('end', () => resolve(socket));
    });
    socket.on('error', reject);
  });
}

(async () => {
  let s;
  // SNICallback, answering asynchronously.
  const sniContext = tls.createSecureContext({ key: read('sni-key.pem'),
                                               cert: read('sni-cert.pem') });
  const names = [];
  const server2 = tls.createServer({
    key: read('agent1-key.pem'),
    cert: read('agent1-cert.pem'),
    SNICallback(name, cb) {
      names.push(name);
      setImmediate(() => cb(null, name === 'b.example.com' ? sniContext : undefined));
    },
  }, (socket) => {
    socket.on('error', () => {});
    socket.end();
  });
  await new Promise((resolve) => server2.listen(0, '127.0.0.1', resolve));
  const port2 = server2.address().port;
  s = await connect({ port: port2, host: '127.0.0.1', servername: 'b.example.com' });
  assert.strictEqual(s.getPeerCertificate().subject.CN, 'b.example.com');
  s.destroy();
  s = await connect({ port: port2, host: 'localhost' });
  assert.strictEqual(s.getPeerCertificate().subject.CN, 'localhost');
  s.destroy();
  assert.deepStrictEqual(names, ['b.example.com', 'localhost']);
  server2.close();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
