'use strict';
// tls.getCACertificates() and tls.setDefaultCACertificates() (Node 22.15+: node v20 has neither,
// so this test needs tide or a newer node), and CA certificates added to a context that started
// from the defaults: they extend that context only, never the store other contexts share.
const assert = require('assert');
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const tls = require('tls');
const { Worker } = require('worker_threads');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const caFile = path.join(fixtures, 'ca-cert.pem');

// The 'extra' list depends on NODE_EXTRA_CA_CERTS, read at start-up: run again with it set.
if (process.env.NODE_EXTRA_CA_CERTS !== caFile) {
  const child = spawnSync(process.execPath, [__filename],
                          { env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: caFile },
                            stdio: 'inherit' });
  process.exit(child.status);
}

const fingerprint = (pem) => new crypto.X509Certificate(pem).fingerprint256;
const caPrint = fingerprint(read('ca-cert.pem'));

// Argument checks.
assert.throws(() => tls.getCACertificates('nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'type' is invalid. Received 'nope'",
});
assert.throws(() => tls.getCACertificates(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => tls.setDefaultCACertificates('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "certs" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => tls.setDefaultCACertificates([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "certs[0]" argument must be of type string or an instance of ArrayBufferView. ' +
           'Received type number (1)',
});
assert.throws(() => tls.setDefaultCACertificates(['garbage']), {
  code: 'ERR_CRYPTO_OPERATION_FAILED',
  message: 'No valid certificates found in the provided array',
});
assert.throws(() => tls.setDefaultCACertificates(
  ['-----BEGIN CERTIFICATE-----\nMIIBad!!\n-----END CERTIFICATE-----\n']), {
  code: 'ERR_OSSL_PEM_BAD_BASE64_DECODE',
  message: 'error:04800064:PEM routines::bad base64 decode',
});

// The lists: frozen, built once, PEM text.
const def = tls.getCACertificates();
assert.strictEqual(def, tls.getCACertificates('default'));
assert.ok(Object.isFrozen(def));
assert.strictEqual(tls.getCACertificates('bundled'), tls.rootCertificates);
const extra = tls.getCACertificates('extra');
assert.strictEqual(extra.length, 1);
assert.match(extra[0], /^-----BEGIN CERTIFICATE-----\n[^]*\n-----END CERTIFICATE-----\n$/);
assert.strictEqual(fingerprint(extra[0]), caPrint);
assert.ok(def.some((pem) => fingerprint(pem) === caPrint));
const system = tls.getCACertificates('system');
assert.ok(!system.some((pem) => fingerprint(pem) === caPrint));
// The defaults are Node's bundle (tide: the system's) and the extra certificates.
const known = new Set([...system, ...tls.rootCertificates, ...extra].map(fingerprint));
assert.ok(def.every((pem) => known.has(fingerprint(pem))));

function serve() {
  const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (s) => s.end());
  server.on('tlsClientError', () => {});
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function connect(port, options) {
  return new Promise((resolve) => {
    const socket = tls.connect({ port, host: 'localhost', ...options }, () => {
      socket.destroy();
      resolve('authorized');
    });
    socket.on('error', (err) => resolve(err.code));
  });
}

(async () => {
  const server = await serve();
  const port = server.address().port;
  assert.strictEqual(await connect(port), 'authorized');

  // A context from the defaults that adds a CA certificate gets a store of its own: the shared
  // one is unchanged (a self-signed server is trusted by that context only).
  const self = tls.createServer({ key: read('selfsigned-key.pem'),
                                  cert: read('selfsigned-cert.pem') }, (s) => s.end());
  await new Promise((resolve) => self.listen(0, '127.0.0.1', resolve));
  const selfPort = self.address().port;
  const extended = tls.createSecureContext();
  extended.context.addCACert(read('selfsigned-cert.pem'));
  assert.strictEqual(await connect(selfPort, { secureContext: extended }), 'authorized');
  assert.strictEqual(await connect(port, { secureContext: extended }), 'authorized');
  assert.strictEqual(await connect(selfPort), 'DEPTH_ZERO_SELF_SIGNED_CERT');

  // New defaults, for contexts made from now on: the test CA is no longer among them.
  const before = tls.createSecureContext();
  tls.setDefaultCACertificates([read('selfsigned-cert.pem'), read('selfsigned-cert.pem')]);
  const now = tls.getCACertificates();
  assert.notStrictEqual(now, def);
  assert.strictEqual(now.length, 1);
  assert.strictEqual(fingerprint(now[0]), fingerprint(read('selfsigned-cert.pem')));
  assert.strictEqual(tls.getCACertificates('extra'), extra);
  // (The server's defaults have the test CA: it sends its chain up to that root.)
  assert.strictEqual(await connect(port), 'SELF_SIGNED_CERT_IN_CHAIN');
  assert.strictEqual(await connect(selfPort), 'authorized');
  assert.strictEqual(await connect(port, { secureContext: before }), 'authorized');

  // Another thread keeps the process's defaults.
  const inWorker = await new Promise((resolve, reject) => {
    const w = new Worker(`
      const tls = require('tls');
      const { parentPort, workerData } = require('worker_threads');
      const s = tls.connect({ port: workerData, host: 'localhost' }, () => {
        s.destroy();
        parentPort.postMessage('authorized');
      });
      s.on('error', (err) => parentPort.postMessage(err.code));`, { eval: true, workerData: port });
    w.once('message', resolve);
    w.once('error', reject);
  });
  assert.strictEqual(inWorker, 'authorized');

  // An empty list trusts nothing.
  tls.setDefaultCACertificates([]);
  assert.strictEqual(tls.getCACertificates().length, 0);
  assert.strictEqual(await connect(selfPort), 'DEPTH_ZERO_SELF_SIGNED_CERT');
  server.close();
  self.close();
})().then(() => {}, (err) => {
  console.error(err);
  process.exit(1);
});
