// got 14 (ESM; loads http2-wrapper, which takes Node's JSStreamSocket class from a TLSSocket at
// load time) against a local http server: JSON GET/POST, search params, hooks, retries on 503,
// HTTPError, streams, pagination.
import assert from 'node:assert';
import http from 'node:http';
import got, { HTTPError } from 'got';

let flaky = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/flaky') {
    flaky++;
    if (flaky < 3) {
      res.writeHead(503, { 'retry-after': '0' });
      res.end();
      return;
    }
  }
  if (url.pathname === '/teapot') {
    res.writeHead(418);
    res.end('short and stout');
    return;
  }
  if (url.pathname === '/page') {
    const n = Number(url.searchParams.get('n') || 1);
    if (n < 3) res.setHeader('link', `<http://${req.headers.host}/page?n=${n + 1}>; rel="next"`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify([n]));
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, path: url.pathname, q: url.searchParams.get('q'),
                             hook: req.headers['x-hook'] || null, body: body ? JSON.parse(body) : null }));
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const prefixUrl = `http://127.0.0.1:${server.address().port}`;
const client = got.extend({
  prefixUrl,
  hooks: { beforeRequest: [(options) => { options.headers['x-hook'] = 'yes'; }] },
});

const a = await client.get('echo', { searchParams: { q: 'a b' } }).json();
assert.deepStrictEqual(a, { method: 'GET', path: '/echo', q: 'a b', hook: 'yes', body: null });
const b = await client.post('echo', { json: { n: [1, 2] } }).json();
assert.deepStrictEqual(b.body, { n: [1, 2] });
assert.strictEqual(b.method, 'POST');

const r = await client('flaky', { retry: { limit: 3, methods: ['GET'], backoffLimit: 10 } });
assert.strictEqual(r.statusCode, 200);
assert.strictEqual(r.retryCount, 2);

await assert.rejects(client('teapot', { retry: { limit: 0 } }), (err) => {
  assert.ok(err instanceof HTTPError);
  assert.strictEqual(err.response.statusCode, 418);
  assert.strictEqual(err.response.body, 'short and stout');
  return true;
});

let streamed = '';
for await (const chunk of client.stream('echo')) streamed += chunk;
assert.strictEqual(JSON.parse(streamed).path, '/echo');

const pages = await client.paginate.all('page', { responseType: 'json' });
assert.deepStrictEqual(pages, [1, 2, 3]);

server.close();
console.log('ok');
