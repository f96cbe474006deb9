'use strict';
// The default trust store: a client without `ca` verifies against it, NODE_EXTRA_CA_CERTS adds to
// it (read at start-up; a missing file gets Node's warning on stderr and nothing else), and a `ca`
// option replaces it — defaults and extra certificates both. Verification failures carry Node's
// codes. Each case runs in a child process with its own environment; many sequential https
// connections share the one store.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

if (process.argv[2] === 'child') {
  const https = require('https');
  const tls = require('tls');
  const serve = (key, cert) => new Promise((resolve) => {
    const server = https.createServer({ key: read(key), cert }, (req, res) => res.end('ok'));
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
  const connect = (port, extra) => new Promise((resolve) => {
    const socket = tls.connect({ port, host: 'localhost', ...extra }, () => {
      socket.destroy();
      resolve('authorized');
    });
    socket.on('error', (err) => resolve(err.code));
  });
  (async () => {
    const out = {};
    const signed = await serve('agent1-key.pem', read('agent1-cert.pem'));
    const port = signed.address().port;
    out.none = await connect(port);
    out.ca = await connect(port, { ca: read('ca-cert.pem') });
    // `ca` replaces the defaults, NODE_EXTRA_CA_CERTS's included.
    out.otherCa = await connect(port, { ca: read('selfsigned-cert.pem') });
    // Sequential new connections (no keep-alive) through https, all on the default store.
    const agent = new https.Agent({ keepAlive: false });
    let ok = 0;
    for (let i = 0; i < 20; i++) {
      ok += await new Promise((resolve) => {
        https.get({ host: 'localhost', port, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(1));
        }).on('error', () => resolve(0));
      });
    }
    out.sequential = ok;
    signed.close();
    // The server sends its chain up to the (untrusted) root.
    const chained = await serve('agent1-key.pem',
                                Buffer.concat([read('agent1-cert.pem'), read('ca-cert.pem')]));
    out.chain = await connect(chained.address().port);
    chained.close();
    const self = await serve('selfsigned-key.pem', read('selfsigned-cert.pem'));
    out.self = await connect(self.address().port);
    self.close();
    console.log(JSON.stringify(out));
  })();
  return;
}

function run(extraCerts) {
  const env = { PATH: process.env.PATH };
  if (extraCerts !== undefined) env.NODE_EXTRA_CA_CERTS = extraCerts;
  const child = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  return { out: JSON.parse(child.stdout), stderr: child.stderr };
}

// The system store does not know the test CA.
let { out, stderr } = run(undefined);
assert.deepStrictEqual(out, {
  none: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  ca: 'authorized',
  otherCa: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  sequential: 0,
  chain: 'SELF_SIGNED_CERT_IN_CHAIN',
  self: 'DEPTH_ZERO_SELF_SIGNED_CERT',
});
assert.strictEqual(stderr, '');

// NODE_EXTRA_CA_CERTS trusts it by default; `ca` still replaces everything. (The server's store
// has the CA too, so the server now sends its chain up to it: an untrusted root in the chain.)
({ out, stderr } = run(path.join(fixtures, 'ca-cert.pem')));
assert.deepStrictEqual(out, {
  none: 'authorized',
  ca: 'authorized',
  otherCa: 'SELF_SIGNED_CERT_IN_CHAIN',
  sequential: 20,
  chain: 'authorized',
  self: 'DEPTH_ZERO_SELF_SIGNED_CERT',
});
assert.strictEqual(stderr, '');

// A missing file: Node's warning, once, and the defaults as without it.
const missing = path.join(fixtures, 'no-such-file.pem');
({ out, stderr } = run(missing));
assert.strictEqual(out.none, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
assert.strictEqual(out.ca, 'authorized');
assert.strictEqual(stderr, `Warning: Ignoring extra certs from \`${missing}\`, load failed: ` +
                           'error:80000002:system library::No such file or directory\n');
