'use strict';
// res.end(string) on a fresh response sends head and body as Node does: one utf8 string (so a
// Latin-1 header value goes out utf8-encoded, as in Node), Content-Length in utf8 bytes; a
// latin1 body keeps the head latin1; two-byte bodies (emoji) are encoded whole.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

(async () => {
  const server = http.createServer((req, res) => {
    res.setHeader('X-Name', 'caf\u00e9');
    res.setHeader('Date', 'D');
    if (req.url === '/utf8') res.end('h\u00e9llo \u20ac \ud83d\ude00');
    else if (req.url === '/latin1') res.end('h\u00e9llo', 'latin1');
    else if (req.url === '/ascii') res.end('plain');
    else res.end('');
  });
  await withServer(server, async (port) => {
    const get = (p, last) =>
      `GET ${p} HTTP/1.1\r\nHost: x\r\n${last ? 'Connection: close\r\n' : ''}\r\n`;
    const { data } = await rawExchange(port, [get('/utf8'), get('/latin1'), get('/ascii'),
                                              get('/empty', true)], { delayMs: 20 });
    const bytes = Buffer.from(data, 'latin1');
    const head = (len) => 'HTTP/1.1 200 OK\r\nX-Name: caf\u00e9\r\nDate: D\r\n' +
      'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
      `Content-Length: ${len}\r\n\r\n`;
    const body = 'h\u00e9llo \u20ac \ud83d\ude00';
    const expected = Buffer.concat([
      Buffer.from(head(Buffer.byteLength(body)) + body, 'utf8'),
      Buffer.from(head(5) + 'h\u00e9llo', 'latin1'),
      Buffer.from(head(5) + 'plain', 'utf8'),
      Buffer.from(head(0).replace('Connection: keep-alive\r\nKeep-Alive: timeout=5',
                                  'Connection: close'), 'latin1'),
    ]);
    assert.strictEqual(bytes.toString('hex'), expected.toString('hex'));
  });
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
