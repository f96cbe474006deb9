'use strict';
// http.request/get against a local server: URL strings, URL objects and options; method, path,
// headers, auth, setHost; request bodies (chunked and Content-Length); the response as an
// IncomingMessage; option errors.
const assert = require('assert');
const http = require('http');
const { withServer } = require('../../fixtures/http/raw');

const server = http.createServer({ requireHostHeader: false }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Set-Cookie', ['s=1', 't=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body }));
  });
});

withServer(server, async (port) => {
  // URL string + end().
  let p = new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/get?x=1`, (res) => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.statusMessage, 'OK');
      assert.strictEqual(res.httpVersion, '1.1');
      assert.strictEqual(res.headers['content-type'], 'application/json');
      assert.deepStrictEqual(res.headers['set-cookie'], ['s=1', 't=2']);
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(JSON.parse(t)));
    }).on('error', reject);
  });
  let j = await p;
  assert.strictEqual(j.method, 'GET');
  assert.strictEqual(j.url, '/get?x=1');
  assert.strictEqual(j.headers.host, `127.0.0.1:${port}`);
  assert.strictEqual(j.headers.connection, 'keep-alive');

  // Options with a body written in pieces: chunked.
  const all = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/post',
                               headers: { 'X-Test': 'yes' }, auth: 'user:pass' }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(JSON.parse(t)));
    });
    req.on('error', reject);
    req.write('hello ');
    req.end('world');
  });
  assert.strictEqual(all.method, 'POST');
  assert.strictEqual(all.body, 'hello world');
  assert.strictEqual(all.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(all.headers['x-test'], 'yes');
  assert.strictEqual(all.headers.authorization,
                     'Basic ' + Buffer.from('user:pass').toString('base64'));

  // end(data) on a fresh request: Content-Length; setHost: false; URL object.
  j = await new Promise((resolve, reject) => {
    const req = http.request(new URL(`http://127.0.0.1:${port}/put`),
                             { method: 'PUT', setHost: false }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(JSON.parse(t)));
    });
    req.on('error', reject);
    req.end('12345');
  });
  assert.strictEqual(j.method, 'PUT');
  assert.strictEqual(j.url, '/put');
  assert.strictEqual(j.headers['content-length'], '5');
  assert.strictEqual(j.headers.host, undefined);
  assert.strictEqual(j.body, '12345');

  // Bad options throw synchronously with Node's codes.
  assert.throws(() => http.request({ port, method: 'BAD METHOD' }), {
    code: 'ERR_INVALID_HTTP_TOKEN',
    message: 'Method must be a valid HTTP token ["BAD METHOD"]',
  });
  assert.throws(() => http.request({ port, path: '/a b' }), {
    code: 'ERR_UNESCAPED_CHARACTERS',
    message: 'Request path contains unescaped characters',
  });
  assert.throws(() => http.request({ port, protocol: 'https:' }), {
    code: 'ERR_INVALID_PROTOCOL',
    message: 'Protocol "https:" not supported. Expected "http:"',
  });
  assert.throws(() => http.request({ port, agent: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.request({ port, method: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
}).then(() => console.log('ok'));
