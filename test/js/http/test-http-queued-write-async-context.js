'use strict';
// A response whose bytes the kernel cannot take at once is finished from the write's completion;
// its callback runs in the AsyncLocalStorage store of the code that wrote it, also after earlier
// responses (written at once, in other stores) went out on the same connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const big = 'x'.repeat(8 * 1024 * 1024);
const seen = [];
let n = 0;
const server = http.createServer((req, res) => {
  const id = ++n;
  als.run(id, () => {
    res.end(req.url === '/big' ? big : 'small', () => {
      seen.push([req.url, als.getStore()]);
      if (req.url === '/big') finish();
    });
  });
});

let client;
function finish() {
  assert.deepStrictEqual(seen, [['/small', 1], ['/small', 2], ['/big', 3]]);
  client.destroy();
  server.close();
}

server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  let got = 0;
  let step = 0;
  const send = (path) => client.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  client.on('data', (chunk) => {
    got += chunk.length;
    if (step === 0 && seen.length === 1) { step = 1; send('/small'); }
    if (step === 1 && seen.length === 2) {
      step = 2;
      // Stop reading for a while so the big response is queued, not written at once.
      client.pause();
      send('/big');
      setTimeout(() => client.resume(), 200);
    }
  });
  send('/small');
});
