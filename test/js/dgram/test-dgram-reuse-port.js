'use strict';
// reusePort (Node 22.12+; node v20 ignores the option, so this test fails there): two sockets
// with SO_REUSEPORT share one port, and the handle exposes its descriptor.
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reusePort: true });
a.bind(0, '127.0.0.1', () => {
  const b = dgram.createSocket({ type: 'udp4', reusePort: true });
  b.on('error', assert.fail);
  b.bind(a.address().port, '127.0.0.1', () => {
    assert.strictEqual(b.address().port, a.address().port);
    assert.ok(b._handle.fd > 2);
    a.close();
    b.close();
  });
});
