'use strict';
// headersTimeout cuts off a client trickling its headers (slowloris) with 408; keepAliveTimeout
// closes an idle keep-alive connection; closeIdleConnections() closes idle ones and leaves a
// request in progress alone; maxRequestsPerSocket answers the extra request with 503.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

async function slowloris() {
  const server = http.createServer({ headersTimeout: 300, requestTimeout: 600,
                                     connectionsCheckingInterval: 50 }, (req, res) => res.end());
  await withServer(server, async (port) => {
    const started = Date.now();
    const chunks = ['GET / HTTP/1.1\r\n'];
    for (let i = 0; i < 40; i++) chunks.push(`X-${i}: y\r\n`);
    const { data, closed } = await rawExchange(port, chunks, { delayMs: 40 });
    assert.strictEqual(data, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    assert.strictEqual(closed, true);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 250 && elapsed < 1500, `cut after ${elapsed} ms`);
  });
}

async function keepAlive() {
  const server = http.createServer({ keepAliveTimeout: 200 }, (req, res) => res.end('k'));
  await withServer(server, async (port) => {
    const started = Date.now();
    const { data, closed } = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    assert.match(data, /Keep-Alive: timeout=0\r\n/);
    assert.strictEqual(closed, true);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 150 && elapsed < 2000, `closed after ${elapsed} ms`);
  });
}

async function closeIdle() {
  let pending;
  const server = http.createServer((req, res) => {
    if (req.url === '/slow') pending = res;
    else res.end('idle soon');
  });
  await withServer(server, async (port) => {
    const idle = rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    const busy = rawExchange(port, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n', { idleMs: 800 });
    await new Promise((r) => setTimeout(r, 200));
    server.closeIdleConnections();
    const i = await idle;
    assert.strictEqual(i.closed, true);
    assert.match(i.data, /idle soon$/);
    pending.end('late');
    const b = await busy;
    assert.match(b.data, /\r\n\r\nlate$/);
  });
}

async function maxRequests() {
  const server = http.createServer((req, res) => res.end('r'));
  server.maxRequestsPerSocket = 2;
  await withServer(server, async (port) => {
    const one = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
    const { data } = await rawExchange(port, one + one + one, { idleMs: 500 });
    const statuses = data.match(/HTTP\/1\.1 \d+/g);
    assert.deepStrictEqual(statuses, ['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 503']);
    assert.match(data, /Keep-Alive: timeout=5, max=2\r\n/);
    assert.match(data, /Connection: close\r\n/);
  });
}

(async () => {
  await slowloris();
  await keepAlive();
  await closeIdle();
  await maxRequests();
  assert.throws(() => http.createServer({ headersTimeout: 10, requestTimeout: 5 }), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => http.createServer({ maxHeaderSize: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => http.createServer({ insecureHTTPParser: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  console.log('ok');
})();
