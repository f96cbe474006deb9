'use strict';
// Expect: 100-continue. Without a 'checkContinue' listener the server answers 100 Continue by
// itself; with one, the listener decides (writeContinue()). The client sees 'continue' and
// 'information'. An unknown expectation gets 417.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});

withServer(server, async (port) => {
  // Automatic 100 Continue.
  let events = [];
  let text = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST',
                               headers: { Expect: '100-continue' } }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(t));
    });
    req.on('information', (info) => events.push(['information', info.statusCode]));
    req.on('continue', () => {
      events.push(['continue']);
      req.end('payload');
    });
    req.on('error', reject);
  });
  assert.strictEqual(text, 'got payload');
  assert.deepStrictEqual(events, [['continue'], ['information', 100]]);

  // checkContinue: the listener answers.
  const seen = [];
  server.on('checkContinue', (req, res) => {
    seen.push(req.url);
    if (req.url === '/no') {
      res.writeHead(403);
      res.end('denied');
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  events = [];
  text = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/yes',
                               headers: { Expect: '100-continue' } }, (res) => {
      let t = '';
      res.on('data', (d) => { t += d; });
      res.on('end', () => resolve(t));
    });
    req.on('continue', () => req.end('again'));
    req.on('error', reject);
  });
  assert.strictEqual(text, 'got again');
  const denied = await rawExchange(port, 'POST /no HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n' +
                                   'Expect: 100-continue\r\n\r\n', { idleMs: 300 });
  assert.match(denied.data, /^HTTP\/1\.1 403 Forbidden\r\n/);
  assert.match(denied.data, /\r\nConnection: close\r\n/);
  assert.deepStrictEqual(seen, ['/yes', '/no']);

  const other = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: tea\r\n\r\n',
                                  { idleMs: 300 });
  assert.match(other.data, /^HTTP\/1\.1 417 Expectation Failed\r\n/);
}).then(() => console.log('ok'));
