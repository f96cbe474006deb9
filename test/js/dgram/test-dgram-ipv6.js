'use strict';
// IPv6 on ::1 (skipped when the host has no IPv6 loopback): bind, send, rinfo, connect.
const assert = require('assert');
const dgram = require('dgram');

const probe = dgram.createSocket('udp6');
probe.on('error', () => {
  console.log('skip: no ::1');
  probe.close();
});
probe.bind(0, '::1', () => {
  probe.close();
  run();
});

function run() {
  const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
  const client = dgram.createSocket('udp6');
  let got = 0;
  server.on('message', (msg, rinfo) => {
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    assert.strictEqual(rinfo.size, msg.length);
    got++;
    if (got === 1) {
      assert.strictEqual(msg.toString(), 'six');
    } else {
      assert.strictEqual(msg.toString(), 'connected');
      client.close();
      server.close();
    }
  });
  server.bind(0, '::1', () => {
    const { address, family, port } = server.address();
    assert.strictEqual(address, '::1');
    assert.strictEqual(family, 'IPv6');
    // No address: udp6 sends to ::1.
    client.send('six', port, (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
      client.connect(port, () => {
        assert.deepStrictEqual(client.remoteAddress(), { address: '::1', family: 'IPv6', port });
        client.send('connected');
      });
    });
  });
  process.on('exit', () => assert.strictEqual(got, 2));
}
