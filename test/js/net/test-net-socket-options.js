'use strict';
// pauseOnConnect, maxConnections ('drop'), setNoDelay/setKeepAlive (chainable, before and after
// connect), noDelay/keepAlive options, setTimeout ('timeout' after idle time, refreshed by
// activity, cleared with 0), ref/unref chainable, destroySoon.
const assert = require('assert');
const net = require('net');

let steps = 0;
const server = net.createServer({ pauseOnConnect: true, noDelay: true, keepAlive: true }, (s) => {
  assert.strictEqual(s.isPaused(), true);
  setTimeout(() => {
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      assert.strictEqual(got, 'paused data');
      steps++;
      s.destroySoon();
    });
    s.resume();
  }, 50);
});
server.maxConnections = 1;
server.on('drop', (data) => {
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.remoteFamily, 'IPv4');
  steps++;
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = new net.Socket();
  assert.strictEqual(c.setNoDelay(true), c);
  assert.strictEqual(c.setKeepAlive(true, 1000), c);
  assert.strictEqual(c.ref(), c);
  assert.strictEqual(c.timeout, undefined);
  c.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true }, () => {
    assert.strictEqual(c.setNoDelay(false), c);
    assert.strictEqual(c.setKeepAlive(false), c);
    c.end('paused data');
    // Over the limit: dropped by the server.
    const extra = net.connect(port, '127.0.0.1');
    extra.on('error', () => {});
    extra.on('close', () => {
      steps++;
      timeouts();
    });
    extra.resume();
  });
  c.resume();
});

function timeouts() {
  const s2 = net.createServer((s) => { s.on('data', () => {}); });
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1');
    const start = Date.now();
    c.setTimeout(100, () => {
      const elapsed = Date.now() - start;
      assert.ok(elapsed >= 150, `timeout after ${elapsed} ms (activity refreshes it)`);
      assert.strictEqual(c.timeout, 100);
      c.setTimeout(0);
      steps++;
      c.destroy();
      s2.close();
      server.close();
    });
    setTimeout(() => c.write('activity'), 60);
  });
}
process.on('exit', () => assert.strictEqual(steps, 4));
