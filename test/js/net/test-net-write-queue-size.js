'use strict';
// handle.writeQueueSize is libuv's count of queued bytes: 0 while nothing waits, the bytes not yet
// taken by the kernel while a write is queued (also on another socket than the one that queued),
// and 0 again once the queue drained; closing a handle with writes queued leaves no other
// handle's size wrong.
const assert = require('assert');
const net = require('net');

let done = false;
const server = net.createServer((conn) => {
  // Not read until the client's writes queue up.
  conn.pause();
  conn.on('error', () => {});
  setTimeout(() => {
    conn.resume();
  }, 100);
});

server.listen(0, '127.0.0.1', () => {
  const idle = net.connect(server.address().port, '127.0.0.1');
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    assert.strictEqual(client._handle.writeQueueSize, 0);
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    let queued = false;
    for (let i = 0; i < 64 && !queued; i++) {
      client.write(chunk);
      queued = client._handle.writeQueueSize > 0;
    }
    assert.ok(queued, 'a write should have been queued by libuv');
    const size = client._handle.writeQueueSize;
    assert.ok(size > 0 && size <= 64 * 1024 * 1024, `writeQueueSize ${size}`);
    assert.strictEqual(Number.isInteger(size), true);
    // Another handle's queue is still empty.
    assert.strictEqual(idle._handle.writeQueueSize, 0);
    client.on('drain', () => {
      assert.strictEqual(client._handle.writeQueueSize, 0);
      // A second round, ended by closing the handle with writes still queued.
      for (let i = 0; i < 64 && client._handle.writeQueueSize === 0; i++) client.write(chunk);
      assert.ok(client._handle.writeQueueSize > 0);
      client.on('error', () => {});
      client.on('close', () => {
        const other = net.connect(server.address().port, '127.0.0.1', () => {
          assert.strictEqual(other._handle.writeQueueSize, 0);
          other.destroy();
          server.close();
          done = true;
        });
      });
      client.destroy();
      idle.destroy();
    });
  });
});

process.on('exit', () => assert.ok(done));
