'use strict';
const assert = require('assert');
const net = require('net');

for (const [s, v] of [
  ['127.0.0.1', 4], ['0.0.0.0', 4], ['255.255.255.255', 4], ['256.0.0.1', 0], ['01.2.3.4', 0],
  ['1.2.3', 0], ['::1', 6], ['::', 6], ['fe80::1%eth0', 6], ['::ffff:127.0.0.1', 6],
  ['2001:db8::1:0:0:1', 6], ['1:2:3:4:5:6:7:8', 6], ['1:2:3:4:5:6:7:8:9', 0], ['1::2::3', 0],
  ['example.com', 0], ['', 0], [undefined, 0], [123, 0], ['x127.0.0.1', 0],
]) {
  assert.strictEqual(net.isIP(s), v, `isIP(${s})`);
  assert.strictEqual(net.isIPv4(s), v === 4);
  assert.strictEqual(net.isIPv6(s), v === 6);
}
