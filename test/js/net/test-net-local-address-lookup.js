'use strict';
// connect({ localAddress, localPort }) binds the client end; a taken four-tuple fails as
// `connect EADDRNOTAVAIL … - Local (…)`; 'lookup' is emitted for host names; readableAll and
// writableAll chmod a Unix socket.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

let steps = 0;
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect({ port, host: 'localhost', localAddress: '127.0.0.1', family: 4 });
  c.on('lookup', (err, address, family, host) => {
    assert.strictEqual(err, null);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
    steps++;
  });
  c.on('connect', () => {
    assert.strictEqual(c.localAddress, '127.0.0.1');
    const taken = c.localPort;
    c.resume();
    // The same local port again while it is in use: bind fails.
    const d = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: taken });
    d.on('error', (err) => {
      // The same four-tuple as c's: the connect fails with EADDRNOTAVAIL (as in node).
      assert.strictEqual(err.code, 'EADDRNOTAVAIL');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.message,
                         `connect EADDRNOTAVAIL 127.0.0.1:${port} - Local (127.0.0.1:${taken})`);
      steps++;
      c.destroy();
      unix();
    });
  });
});

function unix() {
  const sock = path.join(os.tmpdir(), `tide-net-chmod-${process.pid}.sock`);
  try { fs.unlinkSync(sock); } catch {}
  const s = net.createServer();
  s.listen({ path: sock, readableAll: true, writableAll: true }, () => {
    // fs.statSync comes with the fs issue; until then only "chmod did not fail" is checked.
    if (typeof fs.statSync === 'function') {
      const mode = fs.statSync(sock).mode & 0o777;
      assert.strictEqual(mode & 0o066, 0o066, mode.toString(8));
    }
    steps++;
    s.close();
    server.close();
  });
}
process.on('exit', () => assert.strictEqual(steps, 3));
