'use strict';
// resetAndDestroy() sends an RST: the peer gets ECONNRESET (`read ECONNRESET`); writing to a
// socket whose peer is gone ends in EPIPE or ECONNRESET; resetAndDestroy on a non-TCP handle
// throws ERR_INVALID_HANDLE_TYPE.
const assert = require('assert');
const net = require('net');

let steps = 0;
const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
  s.on('close', () => steps++);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
  c.on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'read ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    steps++;
    epipe();
  });
});

function epipe() {
  const s2 = net.createServer((s) => s.destroy());
  s2.listen(0, '127.0.0.1', () => {
    const c = net.connect(s2.address().port, '127.0.0.1');
    const big = Buffer.alloc(1024 * 1024);
    c.on('connect', () => {
      const again = () => { if (!c.destroyed) c.write(big, () => setTimeout(again, 5)); };
      again();
    });
    c.on('error', (err) => {
      assert.ok(['EPIPE', 'ECONNRESET'].includes(err.code), err.code);
      assert.ok(/^(write|read) (EPIPE|ECONNRESET)$/.test(err.message), err.message);
      steps++;
      s2.close();
      server.close();
    });
  });
}
process.on('exit', () => assert.strictEqual(steps, 3));
