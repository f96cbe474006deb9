'use strict';
// listen({ reusePort: true }): two servers share one port (SO_REUSEPORT); without it the second
// gets EADDRINUSE. Node 22.12+ has the option; node v20 ignores it, so this is tide/Node 22 only.
const assert = require('assert');
const net = require('net');

const [major, minor] = process.versions.node.split('.').map(Number);
let done = major < 22 || (major === 22 && minor < 12);
if (!done) {
  const a = net.createServer();
  a.listen({ port: 0, host: '127.0.0.1', reusePort: true }, () => {
    const { port } = a.address();
    const b = net.createServer();
    b.listen({ port, host: '127.0.0.1', reusePort: true }, () => {
      assert.strictEqual(b.address().port, port);
      const c = net.createServer();
      c.on('error', (err) => {
        assert.strictEqual(err.code, 'EADDRINUSE');
        a.close();
        b.close();
        done = true;
      });
      c.listen({ port, host: '127.0.0.1' });
    });
  });
}
process.on('exit', () => assert.ok(done));
