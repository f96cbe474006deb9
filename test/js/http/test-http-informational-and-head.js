'use strict';
// 1xx responses reach the client as 'information' (writeProcessing, writeEarlyHints with its
// Link header); flushHeaders sends the head before the body; a HEAD request's response has no
// body even with Content-Length, and the client does not wait for one; 304 has no body.
const assert = require('assert');
const http = require('http');
const { withServer } = require('../../fixtures/http/raw');

const server = http.createServer((req, res) => {
  if (req.url === '/info') {
    res.writeProcessing();
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style', 'x-hint': 'h' });
    res.end('final');
  } else if (req.url === '/flush') {
    res.setHeader('X-Early', 'yes');
    res.flushHeaders();
    assert.strictEqual(res.headersSent, true);
    setTimeout(() => res.end('later'), 50);
  } else if (req.url === '/304') {
    res.writeHead(304, { ETag: '"x"' });
    res.end();
  } else {
    res.setHeader('Content-Length', 11);
    res.end(req.method === 'HEAD' ? undefined : 'hello world');
  }
});

function request(options) {
  return new Promise((resolve, reject) => {
    const infos = [];
    const req = http.request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ res, body, infos }));
    });
    req.on('information', (i) => infos.push([i.statusCode, i.headers]));
    req.on('error', reject);
    req.end();
  });
}

withServer(server, async (port) => {
  const base = { port, host: '127.0.0.1' };
  let r = await request({ ...base, path: '/info' });
  assert.strictEqual(r.body, 'final');
  assert.deepStrictEqual(r.infos, [
    [102, {}],
    [103, { 'link': '</style.css>; rel=preload; as=style', 'x-hint': 'h' }],
  ]);

  r = await request({ ...base, path: '/flush' });
  assert.strictEqual(r.res.headers['x-early'], 'yes');
  assert.strictEqual(r.body, 'later');

  r = await request({ ...base, method: 'HEAD', path: '/' });
  assert.strictEqual(r.res.headers['content-length'], '11');
  assert.strictEqual(r.body, '');

  r = await request({ ...base, path: '/' });
  assert.strictEqual(r.body, 'hello world');

  r = await request({ ...base, path: '/304' });
  assert.strictEqual(r.res.statusCode, 304);
  assert.strictEqual(r.body, '');
}).then(() => console.log('ok'));
