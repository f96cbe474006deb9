'use strict';
// Every byte inside a header name: RFC 9110 token characters are accepted, anything else (space,
// controls, separators, non-ASCII) is a 400 — the check Node 22's llhttp makes.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const tchar = /^[!#$%&'*+\-.^_`|~0-9a-zA-Z]$/;

(async () => {
  const server = http.createServer((req, res) => res.end('ok'));
  server.on('clientError', (err, socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  await withServer(server, async (port) => {
    const bytes = [];
    for (let b = 0x01; b <= 0xff; b++) {
      if (b !== 0x0a && b !== 0x0d && b !== 0x3a) bytes.push(b);  // CR, LF, ':' end the name
    }
    for (let i = 0; i < bytes.length; i += 32) {
      await Promise.all(bytes.slice(i, i + 32).map(async (b) => {
        const name = `X${String.fromCharCode(b)}Y`;
        const head = `GET / HTTP/1.1\r\nHost: x\r\n${name}: v\r\nConnection: close\r\n\r\n`;
        const { data } = await rawExchange(port, Buffer.from(head, 'latin1'));
        const want = tchar.test(String.fromCharCode(b)) ? 'HTTP/1.1 200' : 'HTTP/1.1 400';
        assert.strictEqual(data.slice(0, 12), want, `byte 0x${b.toString(16)}`);
      }));
    }
  });
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
