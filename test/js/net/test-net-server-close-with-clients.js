'use strict';
// server.close() stops accepting at once but 'close' waits for the last connection; getConnections
// counts them; Symbol.asyncDispose closes too.
const assert = require('assert');
const net = require('net');

const sockets = [];
const server = net.createServer((s) => {
  sockets.push(s);
  if (sockets.length === 2) {
    server.getConnections((err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 2);
      let closed = false;
      server.close(() => { closed = true; });
      assert.strictEqual(server.listening, false);
      // A new connection is refused now.
      net.connect(port, '127.0.0.1').on('error', (e) => {
        assert.strictEqual(e.code, 'ECONNREFUSED');
        setTimeout(() => {
          assert.strictEqual(closed, false);
          sockets[0].end();
          sockets[1].destroy();
          setTimeout(() => {
            assert.strictEqual(closed, true);
            asyncDispose();
          }, 100);
        }, 50);
      });
    });
  }
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  for (let i = 0; i < 2; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', () => {});
    c.resume();
  }
});

let done = false;
async function asyncDispose() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, r));
  const dispose = s[Symbol.asyncDispose] ?? s[Symbol.for('nodejs.asyncDispose')];
  await dispose.call(s);
  assert.strictEqual(s.listening, false);
  done = true;
}
process.on('exit', () => assert.ok(done));
