'use strict';
// ws 8: an echo server on an http server's 'upgrade', a client that sends text and binary
// messages and closes with a code; then the same over https (wss).
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { WebSocketServer, WebSocket } = require('ws');

function echo(server, url, clientOptions) {
  return new Promise((resolve, reject) => {
    const wss = new WebSocketServer({ server });
    wss.on('connection', (socket, req) => {
      assert.strictEqual(req.url, '/chat');
      socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
      socket.on('close', (code, reason) => {
        assert.strictEqual(code, 4000);
        assert.strictEqual(reason.toString(), 'bye');
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const ws = new WebSocket(url.replace('PORT', port), clientOptions);
      const got = [];
      ws.on('open', () => {
        ws.send('hello');
        ws.send(Buffer.from([1, 2, 3]));
        ws.send('x'.repeat(200000));
      });
      ws.on('message', (data, isBinary) => {
        got.push(isBinary ? [...data] : data.toString());
        if (got.length === 3) ws.close(4000, 'bye');
      });
      ws.on('error', reject);
      ws.on('close', (code) => {
        assert.strictEqual(code, 4000);
        assert.deepStrictEqual(got.slice(0, 2), ['hello', [1, 2, 3]]);
        assert.strictEqual(got[2].length, 200000);
        wss.close();
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await echo(http.createServer(), 'ws://127.0.0.1:PORT/chat');
  const fixtures = process.env.TIDE_TLS_FIXTURES;  // set by run-test.sh
  if (fixtures) {
    const read = (f) => fs.readFileSync(path.join(fixtures, f));
    await echo(https.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') }),
               'wss://localhost:PORT/chat', { ca: read('ca-cert.pem') });
  }
  console.log('ok');
})().then(() => {}, (e) => { console.error(e); process.exit(1); });
