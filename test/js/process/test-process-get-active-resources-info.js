'use strict';
// process.getActiveResourcesInfo(): Node's names for what keeps the loop alive — requests in
// flight, referenced handles, then one 'Timeout' per referenced timer and one 'Immediate' per
// referenced immediate.
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const base = process.getActiveResourcesInfo();
assert.ok(Array.isArray(base));
const count = (list, name) => list.filter((n) => n === name).length;

const server = net.createServer().listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    const t1 = setTimeout(() => {}, 1000);
    const t2 = setInterval(() => {}, 1000);
    const t3 = setTimeout(() => {}, 1000).unref();  // not counted
    const im = setImmediate(() => {});
    fs.stat(__filename, () => {});
    const info = process.getActiveResourcesInfo();
    assert.strictEqual(count(info, 'TCPServerWrap'), 1);
    assert.ok(count(info, 'TCPSocketWrap') >= 2, info.join());  // both ends
    assert.strictEqual(count(info, 'Timeout') - count(base, 'Timeout'), 2);
    assert.strictEqual(count(info, 'Immediate'), 1);
    assert.strictEqual(count(info, 'FSReqCallback'), 1);
    // Requests come first, timers and immediates last.
    assert.ok(info.indexOf('FSReqCallback') < info.indexOf('TCPServerWrap'));
    assert.strictEqual(info[info.length - 1], 'Immediate');
    assert.strictEqual(info[info.length - 2], 'Timeout');

    // An unreferenced handle is not listed.
    server.unref();
    assert.strictEqual(count(process.getActiveResourcesInfo(), 'TCPServerWrap'), 0);
    server.ref();

    clearTimeout(t1);
    clearInterval(t2);
    clearTimeout(t3);
    clearImmediate(im);
    socket.destroy();
    server.close(() => {
      setImmediate(() => {
        const after = process.getActiveResourcesInfo();
        assert.strictEqual(count(after, 'TCPServerWrap'), 0);
        assert.strictEqual(count(after, 'Timeout'), count(base, 'Timeout'));
      });
    });
  });
});
