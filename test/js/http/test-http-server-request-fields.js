'use strict';
// Per-request fields the server derives from the head: Host and Expect are found in any letter
// case (and a same-length field such as Accept is no Expect); httpVersion for 1.0 and 1.1; the
// request stream's highWaterMark is its socket's, default or not; a bodiless request ends and
// closes once, after the response finished, in Node's order.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

async function hostAndExpect() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.url} ${req.httpVersion} ${req.headers.expect ?? '-'}`);
    res.end('ok');
  });
  server.on('checkContinue', (req, res) => {
    seen.push(`${req.url} continue`);
    res.end('c');
  });
  await withServer(server, async (port) => {
    const ask = (head) => rawExchange(port, head + '\r\n', { idleMs: 200 });
    const status = (data) => data.slice(0, 12);
    assert.strictEqual(status((await ask('GET /1 HTTP/1.1\r\nhost: x\r\nAccept: */*\r\n')).data),
                       'HTTP/1.1 200');
    assert.strictEqual(status((await ask('GET /2 HTTP/1.1\r\nHOST: x\r\n')).data), 'HTTP/1.1 200');
    assert.strictEqual(status((await ask('GET /3 HTTP/1.1\r\nhOsT: x\r\n')).data), 'HTTP/1.1 200');
    assert.strictEqual(status((await ask('GET /4 HTTP/1.1\r\nHosts: x\r\n')).data),
                       'HTTP/1.1 400');
    assert.strictEqual(status((await ask('GET /5 HTTP/1.1\r\nAccept: x\r\nHost: x\r\n')).data),
                       'HTTP/1.1 200');
    assert.strictEqual(
      status((await ask('GET /6 HTTP/1.1\r\nHost: x\r\nEXPECT: 100-continue\r\n')).data),
      'HTTP/1.1 200');
    assert.strictEqual(status((await ask('GET /7 HTTP/1.1\r\nHost: x\r\nexpect: other\r\n')).data),
                       'HTTP/1.1 417');
    assert.strictEqual(status((await ask('GET /8 HTTP/1.0\r\n')).data), 'HTTP/1.1 200');
  });
  assert.deepStrictEqual(seen, ['/1 1.1 -', '/3 1.1 -', '/2 1.1 -', '/5 1.1 -', '/6 continue',
                                '/8 1.0 -'].sort((a, b) => a.localeCompare(b)));
}

async function highWaterMarks() {
  const { getDefaultHighWaterMark } = require('stream');
  const defaultMark = getDefaultHighWaterMark(false);
  for (const options of [{}, { highWaterMark: 1024 }, { highWaterMark: defaultMark }]) {
    let marks;
    const server = http.createServer(options, (req, res) => {
      marks = [req.readableHighWaterMark, req.socket.readableHighWaterMark];
      res.end();
    });
    await withServer(server, (port) =>
      rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
    assert.strictEqual(marks[0], marks[1]);
    assert.strictEqual(marks[0], options.highWaterMark ?? getDefaultHighWaterMark(false));
  }
}

// The order of a GET's events, with ticks queued alongside (as node's).
async function eventOrder() {
  const log = [];
  const server = http.createServer((req, res) => {
    req.on('end', () => log.push('req end'));
    req.on('close', () => log.push('req close'));
    res.on('finish', () => log.push('res finish'));
    res.on('close', () => log.push('res close'));
    process.nextTick(() => log.push('tick 1'));
    res.end('x');
    process.nextTick(() => log.push('tick 2'));
    setImmediate(() => log.push('immediate'));
  });
  await withServer(server, (port) =>
    rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  await new Promise((r) => setImmediate(r));
  assert.deepStrictEqual(log, ['tick 1', 'res finish', 'tick 2', 'res close', 'req end',
                               'req close', 'immediate']);
}

(async () => {
  await hostAndExpect();
  await highWaterMarks();
  await eventOrder();
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
