'use strict';
// fetch() against a local node:http server: methods, request headers (Node's defaults), bodies
// (string, bytes, stream with duplex: 'half', FormData), response headers and streaming bodies,
// gzip/deflate decoding, redirects in each mode, HEAD/204, AbortSignal before and during the
// body, data: URLs, and the 'fetch failed' errors with their causes.
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let body = '';
  for await (const chunk of req) body += chunk;
  switch (url.pathname) {
    case '/echo':
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.end(JSON.stringify({ method: req.method, headers: req.headers, body }));
      return;
    case '/gzip':
      res.setHeader('content-encoding', 'gzip');
      res.end(zlib.gzipSync('compressed '.repeat(100)));
      return;
    case '/deflate':
      res.setHeader('content-encoding', 'deflate');
      res.end(zlib.deflateSync('deflated'));
      return;
    case '/redirect': {
      const status = Number(url.searchParams.get('status') ?? 302);
      res.writeHead(status, { location: url.searchParams.get('to') ?? '/echo' });
      res.end();
      return;
    }
    case '/loop':
      res.writeHead(302, { location: '/loop' });
      res.end();
      return;
    case '/empty':
      res.writeHead(204);
      res.end();
      return;
    case '/slow':
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first ');
      // Never ends by itself: the client aborts.
      return;
    case '/big':
      res.end(Buffer.alloc(1024 * 1024, 0x61));
      return;
    default:
      res.writeHead(404, 'Nope');
      res.end('missing');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    // GET with Node's default request headers.
    const res = await fetch(`${base}/echo`, { headers: { 'x-custom': 'yes' } });
    assert.strictEqual(res.status, 200);
    assert.strictEqual(res.ok, true);
    assert.strictEqual(res.statusText, 'OK');
    assert.strictEqual(res.url, `${base}/echo`);
    assert.strictEqual(res.type, 'basic');
    assert.strictEqual(res.headers.get('content-type'), 'application/json');
    assert.deepStrictEqual(res.headers.getSetCookie(), ['a=1', 'b=2']);
    assert.throws(() => res.headers.set('x', '1'), { message: 'immutable' });
    const echoed = await res.json();
    assert.strictEqual(echoed.method, 'GET');
    assert.strictEqual(echoed.headers['x-custom'], 'yes');
    assert.strictEqual(echoed.headers.accept, '*/*');
    assert.strictEqual(echoed.headers['user-agent'], 'node');
    assert.match(echoed.headers['accept-encoding'], /gzip/);

    // Bodies.
    const post = await (await fetch(`${base}/echo`, { method: 'POST', body: 'text body' })).json();
    assert.strictEqual(post.body, 'text body');
    assert.strictEqual(post.headers['content-length'], '9');
    assert.strictEqual(post.headers['content-type'], 'text/plain;charset=UTF-8');
    const streamed = await (await fetch(`${base}/echo`, {
      method: 'PUT',
      duplex: 'half',
      body: ReadableStream.from([new TextEncoder().encode('chunk1-'),
                                 new TextEncoder().encode('chunk2')]),
    })).json();
    assert.strictEqual(streamed.body, 'chunk1-chunk2');
    assert.strictEqual(streamed.headers['transfer-encoding'], 'chunked');
    const form = new FormData();
    form.append('field', 'value');
    const multipart = await (await fetch(`${base}/echo`, { method: 'POST', body: form })).json();
    assert.match(multipart.headers['content-type'], /^multipart\/form-data; boundary=/);
    assert.match(multipart.body, /name="field"\r\n\r\nvalue\r\n/);
    const fromRequest = await fetch(new Request(`${base}/echo`, { method: 'POST', body: 'req' }));
    assert.strictEqual((await fromRequest.json()).body, 'req');

    // Content codings are decoded.
    assert.strictEqual(await (await fetch(`${base}/gzip`)).text(), 'compressed '.repeat(100));
    assert.strictEqual(await (await fetch(`${base}/deflate`)).text(), 'deflated');

    // Streaming a large body.
    const big = await fetch(`${base}/big`);
    let total = 0;
    for await (const chunk of big.body) {
      assert.ok(chunk instanceof Uint8Array);
      total += chunk.byteLength;
    }
    assert.strictEqual(total, 1024 * 1024);

    // Redirects.
    const followed = await fetch(`${base}/redirect?status=301`);
    assert.strictEqual(followed.redirected, true);
    assert.strictEqual(followed.url, `${base}/echo`);
    assert.strictEqual((await followed.json()).method, 'GET');
    const see = await fetch(`${base}/redirect?status=303`, { method: 'POST', body: 'dropped' });
    const seeBody = await see.json();
    assert.deepStrictEqual([seeBody.method, seeBody.body], ['GET', '']);
    const kept = await (await fetch(`${base}/redirect?status=307`, {
      method: 'POST', body: 'kept',
    })).json();
    assert.deepStrictEqual([kept.method, kept.body], ['POST', 'kept']);
    const manual = await fetch(`${base}/redirect`, { redirect: 'manual' });
    assert.strictEqual(manual.status, 302);
    assert.strictEqual(manual.headers.get('location'), '/echo');
    await assert.rejects(fetch(`${base}/redirect`, { redirect: 'error' }), {
      name: 'TypeError', message: 'fetch failed',
    });
    await assert.rejects(fetch(`${base}/loop`), (error) => {
      assert.strictEqual(error.message, 'fetch failed');
      assert.match(error.cause.message, /redirect count exceeded/);
      return true;
    });

    // Statuses without bodies; error statuses resolve.
    const empty = await fetch(`${base}/empty`);
    assert.strictEqual(empty.status, 204);
    assert.strictEqual(empty.body, null);
    const head = await fetch(`${base}/echo`, { method: 'HEAD' });
    assert.strictEqual(head.body, null);
    const missing = await fetch(`${base}/missing`);
    assert.deepStrictEqual([missing.status, missing.ok, missing.statusText], [404, false, 'Nope']);
    assert.strictEqual(await missing.text(), 'missing');

    // Aborting: before the request, and while the body streams.
    await assert.rejects(fetch(`${base}/echo`, { signal: AbortSignal.abort() }), {
      name: 'AbortError',
    });
    const ac = new AbortController();
    const slow = await fetch(`${base}/slow`, { signal: ac.signal });
    const reader = slow.body.getReader();
    assert.strictEqual(new TextDecoder().decode((await reader.read()).value), 'first ');
    ac.abort();
    await assert.rejects(reader.read(), { name: 'AbortError' });
    const reason = new Error('custom');
    const pending = fetch(`${base}/slow`, { signal: AbortSignal.timeout(10_000) });
    (await pending).body.cancel(reason);

    // data: URLs.
    const data = await fetch('data:text/plain;base64,aGVsbG8=');
    assert.strictEqual(data.headers.get('content-type'), 'text/plain');
    assert.strictEqual(await data.text(), 'hello');
    assert.strictEqual(await (await fetch('data:,a%20b')).text(), 'a b');

    // Failures.
    const closed = http.createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(fetch(`http://127.0.0.1:${closedPort}/`), (error) => {
      assert.strictEqual(error.name, 'TypeError');
      assert.strictEqual(error.message, 'fetch failed');
      assert.strictEqual(error.cause.code, 'ECONNREFUSED');
      return true;
    });
    await assert.rejects(fetch('http://127.0.0.1:1/'), (error) => {
      assert.strictEqual(error.cause.message, 'bad port');
      return true;
    });
    await assert.rejects(fetch('ftp://x/'), { message: 'fetch failed' });
    await assert.rejects(fetch('/relative'), { message: 'Failed to parse URL from /relative' });
    server.close();
    server.closeAllConnections();
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
});
