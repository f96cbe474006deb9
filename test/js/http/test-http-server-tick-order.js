'use strict';
// What runs after a request handler, and when: the ticks it queued, then its promise reactions,
// only once every request of the same read has been handled (pipelined requests), and with the
// async ids and AsyncLocalStorage stores they would have after any other callback.
const assert = require('assert');
const http = require('http');
const net = require('net');
const {
  AsyncLocalStorage, createHook, executionAsyncId, triggerAsyncId,
} = require('async_hooks');

const log = [];
const als = new AsyncLocalStorage();
let handlerIds = null;
let tickIds = null;
let microtaskId = null;

const server = http.createServer((req, res) => {
  const url = req.url;
  log.push(`handler ${url}`);
  if (url === '/ids') {
    handlerIds = [executionAsyncId(), triggerAsyncId()];
    process.nextTick(() => { tickIds = [executionAsyncId(), triggerAsyncId()]; });
    Promise.resolve().then(() => { microtaskId = executionAsyncId(); });
  }
  if (url === '/als') {
    als.run({ url }, () => {
      process.nextTick(() => log.push(`tick store ${als.getStore()?.url}`));
      Promise.resolve().then(() => log.push(`microtask store ${als.getStore()?.url}`));
    });
    process.nextTick(() => log.push(`tick outside ${als.getStore()?.url}`));
  }
  Promise.resolve().then(() => {
    log.push(`microtask ${url}`);
    process.nextTick(() => log.push(`tick from microtask ${url}`));
  });
  process.nextTick(() => {
    log.push(`tick ${url}`);
    Promise.resolve().then(() => log.push(`microtask from tick ${url}`));
  });
  res.end(url);
});

function request(port, text, responses) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port);
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => {
      got += d;
      if (got.split('HTTP/1.1 200').length - 1 === responses) {
        c.end();
        resolve(got);
      }
    });
    c.on('error', reject);
    c.write(text);
  });
}

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;

server.listen(0, async () => {
  const { port } = server.address();
  // One request per read.
  await request(port, get('/one'), 1);
  assert.deepStrictEqual(log.splice(0), [
    'handler /one', 'tick /one', 'microtask /one', 'microtask from tick /one',
    'tick from microtask /one',
  ]);
  // Three pipelined requests in one read: all three handlers first.
  await request(port, get('/a') + get('/b') + get('/c'), 3);
  assert.deepStrictEqual(log.splice(0, 3), ['handler /a', 'handler /b', 'handler /c']);
  assert.deepStrictEqual(log.splice(0, 3), ['tick /a', 'tick /b', 'tick /c']);
  assert.deepStrictEqual(log.splice(0).sort(), [
    'microtask /a', 'microtask /b', 'microtask /c',
    'microtask from tick /a', 'microtask from tick /b', 'microtask from tick /c',
    'tick from microtask /a', 'tick from microtask /b', 'tick from microtask /c',
  ].sort());

  // Async ids: the tick is a resource of its own, triggered by the handler's.
  await request(port, get('/ids'), 1);
  log.length = 0;
  assert.ok(handlerIds[0] > 1);
  assert.ok(tickIds[0] > handlerIds[0]);
  assert.strictEqual(tickIds[1], handlerIds[0]);
  // With no hook enabled, a promise reaction after the callback runs at the top level.
  assert.strictEqual(microtaskId, 0);

  // AsyncLocalStorage: queued callbacks keep the store current when they were queued.
  await request(port, get('/als'), 1);
  assert.ok(log.includes('tick store /als'), log);
  assert.ok(log.includes('microtask store /als'), log);
  assert.ok(log.includes('tick outside undefined'), log);
  assert.ok(log.indexOf('tick store /als') < log.indexOf('microtask store /als'));
  log.length = 0;

  // The same with an async hook enabled (the native side then drains, after the hooks).
  const hook = createHook({ init() {}, before() {}, after() {} }).enable();
  await request(port, get('/x') + get('/y'), 2);
  hook.disable();
  assert.deepStrictEqual(log.filter((line) => /^(handler|tick) \//.test(line)),
                         ['handler /x', 'handler /y', 'tick /x', 'tick /y']);
  server.close();
});
