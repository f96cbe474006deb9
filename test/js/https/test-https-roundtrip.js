'use strict';
// An https server and https.request/get: a JSON round trip through the global agent, keep-alive
// reuse and TLS session resumption by the agent, a POST body, and the agent's pool key.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');

let requests = 0;
const server = https.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                  (req, res) => {
  requests++;
  assert.strictEqual(req.socket.encrypted, true);
  assert.strictEqual(req.socket.alpnProtocol, false);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  });
});

function fetchJSON(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let data = '';
      const socket = res.socket;
      const reused = socket.isSessionReused();
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => resolve({ res, socket, reused, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  assert.strictEqual(agent.defaultPort, 443);
  assert.strictEqual(agent.protocol, 'https:');
  assert.strictEqual(https.globalAgent.protocol, 'https:');

  const a = await fetchJSON({ host: 'localhost', port, path: '/a', ca, agent });
  assert.strictEqual(a.res.statusCode, 200);
  assert.deepStrictEqual(a.json, { method: 'GET', url: '/a', body: '' });
  const firstSocket = a.socket;
  assert.strictEqual(a.reused, false);

  const b = await fetchJSON({ host: 'localhost', port, path: '/b', method: 'POST', ca, agent },
                            'x'.repeat(100000));
  assert.strictEqual(b.json.body.length, 100000);
  assert.strictEqual(b.socket, firstSocket);  // kept alive and reused

  // A new connection resumes the cached TLS session.
  agent.destroy();
  const c = await fetchJSON({ host: 'localhost', port, path: '/c', ca, agent });
  assert.notStrictEqual(c.socket, firstSocket);
  assert.strictEqual(c.reused, true);
  agent.destroy();

  // https.get with a URL string and options.
  await new Promise((resolve) => {
    https.get(`https://localhost:${port}/get`, { ca, agent: false }, (res) => {
      assert.strictEqual(res.statusCode, 200);
      res.resume();
      res.on('end', resolve);
    });
  });

  // An untrusted server: the request fails with the verification error.
  await assert.rejects(fetchJSON({ host: 'localhost', port, path: '/', agent: false }),
                       { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
                         message: 'unable to verify the first certificate' });

  assert.strictEqual(requests, 4);
  server.close();
});
