'use strict';
// koa 3 serves a small app over node:http: middleware in onion order, JSON/text bodies, a Node
// Readable body, a web ReadableStream body, a Blob body and a fetch Response body (koa tests
// every body against the globals ReadableStream, Blob and Response, so it needs web streams and
// the fetch classes), ctx.throw() answers and a request body read from ctx.req.
const assert = require('assert');
const http = require('http');
const { Readable } = require('stream');
const Koa = require('koa');

const app = new Koa();
const order = [];
app.use(async (ctx, next) => {
  order.push('outer in');
  await next();
  order.push('outer out');
  ctx.set('X-Tide', 'koa');
});
app.use(async (ctx, next) => {
  switch (ctx.path) {
    case '/json':
      ctx.body = { hello: ctx.query.name ?? 'world' };
      return;
    case '/text':
      ctx.body = 'plain text';
      return;
    case '/node-stream':
      ctx.type = 'text/plain';
      ctx.body = Readable.from(['node ', 'stream']);
      return;
    case '/web-stream':
      ctx.type = 'text/plain';
      ctx.body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('web '));
          controller.enqueue(new TextEncoder().encode('stream'));
          controller.close();
        },
      });
      return;
    case '/blob':
      ctx.body = new Blob(['blob body'], { type: 'text/x-blob' });
      return;
    case '/response':
      ctx.body = new Response('from a Response', { status: 202, headers: { 'x-from': 'response' } });
      return;
    case '/teapot':
      ctx.throw(418, 'short and stout');
      return;
    case '/echo': {
      let data = '';
      for await (const chunk of ctx.req) data += chunk;
      ctx.status = 201;
      ctx.body = { got: JSON.parse(data) };
      return;
    }
    default:
      await next();
  }
});

function request(port, method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, method, path }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { data += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  try {
    const { port } = server.address();
    const json = await request(port, 'GET', '/json?name=tide');
    assert.deepStrictEqual([json.status, JSON.parse(json.data)], [200, { hello: 'tide' }]);
    assert.match(json.headers['content-type'], /^application\/json/);
    assert.strictEqual(json.headers['x-tide'], 'koa');
    assert.deepStrictEqual(order, ['outer in', 'outer out']);
    const text = await request(port, 'GET', '/text');
    assert.deepStrictEqual([text.status, text.data], [200, 'plain text']);
    const nodeStream = await request(port, 'GET', '/node-stream');
    assert.deepStrictEqual([nodeStream.status, nodeStream.data], [200, 'node stream']);
    const webStream = await request(port, 'GET', '/web-stream');
    assert.deepStrictEqual([webStream.status, webStream.data], [200, 'web stream']);
    const blob = await request(port, 'GET', '/blob');
    assert.deepStrictEqual([blob.status, blob.data], [200, 'blob body']);
    assert.strictEqual(blob.headers['content-type'], 'text/x-blob; charset=utf-8');
    const fromResponse = await request(port, 'GET', '/response');
    assert.deepStrictEqual([fromResponse.status, fromResponse.data], [202, 'from a Response']);
    assert.strictEqual(fromResponse.headers['x-from'], 'response');
    const teapot = await request(port, 'GET', '/teapot');
    assert.deepStrictEqual([teapot.status, teapot.data], [418, 'short and stout']);
    const echo = await request(port, 'POST', '/echo', JSON.stringify([1, 'two']));
    assert.deepStrictEqual([echo.status, JSON.parse(echo.data)], [201, { got: [1, 'two'] }]);
    const missing = await request(port, 'GET', '/nowhere');
    assert.deepStrictEqual([missing.status, missing.data], [404, 'Not Found']);
    server.close(() => console.log('ok'));
    server.closeAllConnections();
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
});
