'use strict';
// TLSSocket information: the key exchange (getEphemeralKeyInfo, X25519 by default, a chosen
// curve), Finished messages (equal across the two ends), exported keying material (equal on both
// ends), setMaxSendFragment, own/peer certificates as X509Certificate, and 'session' tickets that
// resume a later connection.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const { X509Certificate } = require('crypto');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');

(async () => {
  let serverSide;
  const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (s) => {
    serverSide = s;
    assert.strictEqual(s.getEphemeralKeyInfo(), null);
    s.on('data', () => s.end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  const before = tls.connect({ port, host: 'localhost', ca });
  assert.deepStrictEqual(before.getEphemeralKeyInfo(), {});
  assert.strictEqual(before.getFinished(), undefined);

  let session;
  await new Promise((resolve) => {
    before.on('session', (s) => { session = s; });
    before.on('secureConnect', () => {
      assert.deepStrictEqual(before.getEphemeralKeyInfo(),
                             { type: 'ECDH', name: 'X25519', size: 253 });
      assert.strictEqual(before.setMaxSendFragment(1024), true);
      assert.strictEqual(before.setMaxSendFragment(100), false);
      assert.throws(() => before.setMaxSendFragment('x'), { code: 'ERR_INVALID_ARG_TYPE' });
      const peerCert = before.getPeerX509Certificate();
      assert.ok(peerCert instanceof X509Certificate);
      assert.strictEqual(peerCert.subject, 'C=US\nO=tide\nCN=localhost');
      assert.strictEqual(before.getX509Certificate(), undefined);  // the client has none
      before.write('x');
    });
    before.on('data', () => {});
    before.on('end', () => {
      assert.strictEqual(before.getFinished().length, 48);
      assert.deepStrictEqual(before.getFinished(), serverSide.getPeerFinished());
      assert.deepStrictEqual(before.getPeerFinished(), serverSide.getFinished());
      const key = before.exportKeyingMaterial(32, 'EXPORTER-test', Buffer.from('ctx'));
      assert.strictEqual(key.length, 32);
      assert.deepStrictEqual(key, serverSide.exportKeyingMaterial(32, 'EXPORTER-test',
                                                                  Buffer.from('ctx')));
      assert.strictEqual(serverSide.getX509Certificate().subject, 'C=US\nO=tide\nCN=localhost');
      assert.strictEqual(serverSide.getCertificate().subject.CN, 'localhost');
      resolve();
    });
  });
  assert.ok(Buffer.isBuffer(session));
  assert.strictEqual(before.isSessionReused(), false);

  await new Promise((resolve) => {
    const again = tls.connect({ port, host: 'localhost', ca, session }, () => {
      assert.strictEqual(again.isSessionReused(), true);
      again.end('y');
      again.resume();
      again.on('end', resolve);
    });
  });

  await new Promise((resolve) => {
    const curve = tls.connect({ port, host: 'localhost', ca, ecdhCurve: 'prime256v1' }, () => {
      assert.deepStrictEqual(curve.getEphemeralKeyInfo(),
                             { type: 'ECDH', name: 'prime256v1', size: 256 });
      curve.end('z');
      curve.resume();
      curve.on('end', resolve);
    });
  });
  server.close();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
