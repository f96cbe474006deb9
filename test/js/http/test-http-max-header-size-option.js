'use strict';
// --max-http-header-size (see the .args file) sets http.maxHeaderSize and the limit of servers
// without their own maxHeaderSize; a server's option overrides it.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

assert.strictEqual(http.maxHeaderSize, 1000);
const tooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const request = 'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(1500) + '\r\nConnection: close\r\n\r\n';

(async () => {
  await withServer(http.createServer((req, res) => res.end('ok')), async (port) => {
    const { data } = await rawExchange(port, request, { idleMs: 500 });
    assert.strictEqual(data, tooLarge);
  });
  await withServer(http.createServer({ maxHeaderSize: 4000 }, (req, res) => res.end('ok')),
                   async (port) => {
                     const { data } = await rawExchange(port, request, { idleMs: 500 });
                     assert.match(data, /^HTTP\/1\.1 200 OK\r\n[^]*ok$/);
                   });
  console.log('ok');
})();
