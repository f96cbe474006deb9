'use strict';
// A client that does not read: the server's write() returns false once the kernel buffers and
// the highWaterMark are full, and the server stops writing until 'drain' — memory stays bounded.
const assert = require('assert');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'x');
let falseSeen = false;
let drained = false;
const server = net.createServer((s) => {
  let writes = 0;
  function pump() {
    while (writes < 2000) {
      writes++;
      if (!s.write(chunk)) {
        falseSeen = true;
        assert.ok(s.writableLength <= 8 * 1024 * 1024, `writableLength ${s.writableLength}`);
        s.once('drain', () => { drained = true; pump(); });
        return;
      }
    }
    s.end();
  }
  pump();
  setTimeout(() => {
    assert.ok(falseSeen);
    assert.strictEqual(drained, false);
    assert.ok(writes < 2000, `writes ${writes}`);
    // Now read everything.
    let total = 0;
    client.on('data', (d) => { total += d.length; });
    client.on('end', () => {
      assert.strictEqual(total, 2000 * chunk.length);
      assert.ok(drained);
      server.close();
      done = true;
    });
    client.resume();
  }, 300);
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
});
let done = false;
process.on('exit', () => assert.ok(done));
