'use strict';
// fastify 5 answers JSON routes (params, query, a validated JSON body, a 404) over node:http,
// requested through node:http's client; then the same app over https.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const Fastify = require('fastify');

function build(options) {
  const app = Fastify(options);
  app.get('/hi/:name', async (req) => ({ hi: req.params.name, q: req.query.x }));
  app.post('/sum', {
    schema: {
      body: { type: 'object', required: ['a', 'b'],
              properties: { a: { type: 'number' }, b: { type: 'number' } } },
    },
  }, async (req, reply) => {
    reply.code(201);
    return { sum: req.body.a + req.body.b };
  });
  return app;
}

function request(mod, options, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json' } : {};
    const req = mod.request({ host: '127.0.0.1', headers, ...options }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'],
                                    json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function exercise(app, mod, extra) {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address();
  const hi = await request(mod, { port, path: '/hi/tide?x=1', ...extra });
  assert.deepStrictEqual([hi.status, hi.json], [200, { hi: 'tide', q: '1' }]);
  assert.match(hi.type, /^application\/json/);
  const sum = await request(mod, { port, method: 'POST', path: '/sum', ...extra },
                            JSON.stringify({ a: 2, b: 40 }));
  assert.deepStrictEqual([sum.status, sum.json], [201, { sum: 42 }]);
  const bad = await request(mod, { port, method: 'POST', path: '/sum', ...extra },
                            JSON.stringify({ a: 2 }));
  assert.strictEqual(bad.status, 400);
  assert.strictEqual(bad.json.code, 'FST_ERR_VALIDATION');
  const missing = await request(mod, { port, path: '/missing', ...extra });
  assert.strictEqual(missing.status, 404);
  await app.close();
}

(async () => {
  await exercise(build(), http, { agent: false });
  const fixtures = process.env.TIDE_TLS_FIXTURES;  // set by run-test.sh
  if (fixtures) {
    const read = (f) => fs.readFileSync(path.join(fixtures, f));
    await exercise(build({ https: { key: read('agent1-key.pem'), cert: read('agent1-cert.pem') } }),
                   https, { ca: read('ca-cert.pem'), servername: 'localhost', agent: false });
  }
  console.log('ok');
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
