'use strict';
// fetch() of an https: URL: a local https server with the test CA (trusted here through
// NODE_TLS_REJECT_UNAUTHORIZED=0, which fetch honours as Node's does), a JSON body both ways; an
// untrusted certificate with verification on fails with 'fetch failed' and the TLS error as cause.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

const server = https.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, body, encrypted: req.socket.encrypted }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const url = `https://localhost:${server.address().port}/x`;
  const err = await fetch(url).then(() => null, (e) => e);
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'fetch failed');
  assert.strictEqual(err.cause.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');

  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  process.on('warning', () => {});
  const res = await fetch(url, { method: 'POST', body: JSON.stringify({ a: 1 }) });
  assert.strictEqual(res.status, 200);
  assert.deepStrictEqual(await res.json(), { method: 'POST', body: '{"a":1}', encrypted: true });
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  server.close();
  server.closeAllConnections();
});
