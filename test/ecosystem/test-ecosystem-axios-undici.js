'use strict';
// axios (http adapter) and the undici npm package against a local http server: JSON GET/POST,
// headers, query strings, error statuses, streaming bodies, a keep-alive pool.
const assert = require('assert');
const http = require('http');
const axios = require('axios');
const undici = require('undici');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (url.pathname === '/missing') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'nope' }));
      return;
    }
    if (url.pathname === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 100; i++) res.write('y'.repeat(1000));
      res.end();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.setHeader('x-seen', req.headers['x-test'] || '');
    res.end(JSON.stringify({ method: req.method, q: url.searchParams.get('q'),
                             body: body ? JSON.parse(body) : null, gzip: req.headers['accept-encoding'] }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    // axios
    const r1 = await axios.get(`${base}/echo`, { params: { q: 'a b' }, headers: { 'x-test': 'yes' } });
    assert.strictEqual(r1.status, 200);
    assert.strictEqual(r1.headers['x-seen'], 'yes');
    assert.strictEqual(r1.data.q, 'a b');
    const r2 = await axios.post(`${base}/echo`, { n: 1, s: 'é' });
    assert.deepStrictEqual(r2.data.body, { n: 1, s: 'é' });
    assert.strictEqual(r2.data.method, 'POST');
    await assert.rejects(axios.get(`${base}/missing`), (e) => {
      assert.strictEqual(e.response.status, 404);
      assert.deepStrictEqual(e.response.data, { error: 'nope' });
      return true;
    });
    const r3 = await axios.get(`${base}/big`, { responseType: 'stream' });
    let n = 0;
    for await (const chunk of r3.data) n += chunk.length;
    assert.strictEqual(n, 100000);

    // undici
    const u1 = await undici.request(`${base}/echo?q=z`, { method: 'PUT', body: JSON.stringify([1, 2]),
                                                          headers: { 'x-test': 'u' } });
    assert.strictEqual(u1.statusCode, 200);
    assert.strictEqual(u1.headers['x-seen'], 'u');
    const j = await u1.body.json();
    assert.deepStrictEqual(j.body, [1, 2]);
    assert.strictEqual(j.method, 'PUT');
    const u2 = await undici.fetch(`${base}/big`);
    assert.strictEqual((await u2.text()).length, 100000);
    const pool = new undici.Pool(base, { connections: 2 });
    const all = await Promise.all([1, 2, 3, 4, 5].map(async (i) => {
      const { body } = await pool.request({ path: `/echo?q=${i}`, method: 'GET' });
      return (await body.json()).q;
    }));
    assert.deepStrictEqual(all, ['1', '2', '3', '4', '5']);
    await pool.close();
    const u3 = await undici.request(`${base}/missing`);
    assert.strictEqual(u3.statusCode, 404);
    await u3.body.dump();
    server.close();
    console.log('ok');
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
});
