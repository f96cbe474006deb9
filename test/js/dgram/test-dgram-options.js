'use strict';
// Socket options on a bound socket: broadcast, TTLs, multicast loopback/interface/memberships,
// kernel buffer sizes (set, get, createSocket options), send queue counters, and the errors libuv
// reports for bad values.
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 16384 });
s.bind(0, '127.0.0.1', () => {
  // Linux doubles what it is given.
  assert.strictEqual(s.getRecvBufferSize(), 32768);
  assert.strictEqual(s.getSendBufferSize(), 32768);
  assert.strictEqual(s.setRecvBufferSize(10000), undefined);
  assert.strictEqual(s.getRecvBufferSize(), 20000);
  s.setSendBufferSize(12000);
  assert.strictEqual(s.getSendBufferSize(), 24000);

  assert.strictEqual(s.setBroadcast(true), undefined);
  s.setBroadcast(false);
  assert.strictEqual(s.setTTL(64), 64);
  for (const ttl of [0, 256]) {
    assert.throws(() => s.setTTL(ttl), {
      code: 'EINVAL', errno: -22, syscall: 'setTTL', message: 'setTTL EINVAL',
    });
  }
  assert.strictEqual(s.setMulticastTTL(3), 3);
  assert.throws(() => s.setMulticastTTL(256), { code: 'EINVAL', syscall: 'setMulticastTTL' });
  assert.strictEqual(s.setMulticastLoopback(true), true);
  assert.strictEqual(s.setMulticastLoopback(0), 0);
  s.setMulticastInterface('127.0.0.1');
  assert.throws(() => s.setMulticastInterface('not an ip'), {
    code: 'EINVAL', syscall: 'setMulticastInterface',
  });
  assert.throws(() => s.addMembership('127.0.0.1'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => s.dropMembership('not an ip'), { code: 'EINVAL', syscall: 'dropMembership' });
  assert.throws(() => s.addSourceSpecificMembership('x', '232.1.1.1'), {
    code: 'EINVAL', syscall: 'addSourceSpecificMembership',
  });
  assert.throws(() => s.dropSourceSpecificMembership('10.0.0.1', 'y'), {
    code: 'EINVAL', syscall: 'dropSourceSpecificMembership',
  });

  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);
  s.close();
});

// The same on udp6 (no ::1 needed: these work on an unbound-address socket bound to ::).
const six = dgram.createSocket('udp6');
six.on('error', () => six.close());  // no IPv6 at all
six.bind(0, () => {
  assert.strictEqual(six.setMulticastTTL(2), 2);
  assert.strictEqual(six.setTTL(10), 10);
  six.close();
});
