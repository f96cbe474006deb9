'use strict';
// An https server under cluster (one worker, round-robin): the primary accepts each connection
// and passes its TCP handle to the worker, whose TLS layer then reads and writes that handle;
// keep-alive requests on one connection and a second connection all get answers.
const assert = require('assert');
const cluster = require('cluster');
const fs = require('fs');
const https = require('https');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

if (cluster.isWorker) {
  https.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') }, (req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`worker ${cluster.worker.id} ${req.method} ${req.url} ${body}`));
  }).listen(0, '127.0.0.1');
  return;
}

const worker = cluster.fork();
worker.on('listening', async ({ port }) => {
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (p, body) => new Promise((resolve, reject) => {
    const req = https.request({ host: 'localhost', port, path: p, method: body ? 'POST' : 'GET',
                                ca: read('ca-cert.pem'), agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve([text, res.socket]));
    });
    req.on('error', reject);
    req.end(body);
  });
  const [a, socketA] = await get('/a');
  const [b, socketB] = await get('/b', 'x'.repeat(100000));
  assert.strictEqual(a, 'worker 1 GET /a ');
  assert.strictEqual(b, `worker 1 POST /b ${'x'.repeat(100000)}`);
  assert.strictEqual(socketA, socketB);  // kept alive
  agent.destroy();
  const [c] = await get('/c');
  assert.strictEqual(c, 'worker 1 GET /c ');
  agent.destroy();
  cluster.disconnect();
});
worker.on('exit', (code) => assert.strictEqual(code, 0));
