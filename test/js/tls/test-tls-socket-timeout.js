'use strict';
// Idle timeouts on TLS sockets whose TLS layer reads the TCP handle in C++: plaintext arriving
// keeps a client's setTimeout() from firing; silence fires it.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                (socket) => {
  // Data every 30 ms for 240 ms, then silence.
  let n = 0;
  const timer = setInterval(() => {
    socket.write('tick');
    if (++n === 8) clearInterval(timer);
  }, 30);
  socket.on('error', () => {});
  socket.on('close', () => clearInterval(timer));
});

server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: 'localhost',
                               ca: read('ca-cert.pem') });
  let ticks = 0;
  let lastTick = 0;
  client.on('data', (d) => {
    ticks += d.length / 4;
    lastTick = Date.now();
  });
  client.setTimeout(300);
  client.on('timeout', () => {
    // Only after the ticks stopped.
    assert.strictEqual(ticks, 8);
    assert.ok(Date.now() - lastTick >= 290);
    client.destroy();
    server.close();
  });
});
