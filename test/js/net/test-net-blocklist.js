'use strict';
// BlockList and SocketAddress: rules text, checks across families, errors (node v20's).
const assert = require('assert');
const util = require('util');
const net = require('net');

const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress(new net.SocketAddress({ address: '::1', family: 'ipv6' }));
assert.deepStrictEqual(b.rules, [
  'Address: IPv6 ::1',
  'Subnet: IPv6 8592:757c:efae:4e45::/64',
  'Range: IPv4 10.0.0.1-10.0.0.10',
  'Address: IPv4 1.2.3.4',
]);
assert.strictEqual(b.check('1.2.3.4'), true);
assert.strictEqual(b.check('10.0.0.5'), true);
assert.strictEqual(b.check('10.0.0.11'), false);
assert.strictEqual(b.check('::ffff:1.2.3.4', 'ipv6'), true);
assert.strictEqual(b.check('8592:757c:efae:4e45::f', 'ipv6'), true);
assert.strictEqual(b.check('8592:757c:efae:4e46::f', 'ipv6'), false);
assert.strictEqual(b.check('x'), false);
const b2 = new net.BlockList();
b2.addSubnet('192.168.0.0', 16);
assert.strictEqual(b2.check('192.168.255.1'), true);
assert.strictEqual(b2.check('192.169.0.1'), false);
b2.addAddress('::ffff:1.2.3.4', 'ipv6');
assert.strictEqual(b2.check('1.2.3.4'), true);
assert.throws(() => b.addRange('10.0.0.10', '10.0.0.1'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => b.addSubnet('1.1.1.1', 33), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33',
});
assert.throws(() => b.addAddress(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.addAddress('1.1.1.1', 'ipx'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' is invalid. Received 'ipx'",
});

const sa = new net.SocketAddress({ address: '::1', family: 'IPv6', port: 80, flowlabel: 3 });
assert.strictEqual(sa.address, '::1');
assert.strictEqual(sa.family, 'ipv6');
assert.strictEqual(sa.port, 80);
assert.strictEqual(sa.flowlabel, 3);
assert.strictEqual(util.inspect(sa),
                   "SocketAddress { address: '::1', port: 80, family: 'ipv6', flowlabel: 3 }");
assert.strictEqual(JSON.stringify(new net.SocketAddress()),
                   '{"address":"127.0.0.1","port":0,"family":"ipv4","flowlabel":0}');
assert.ok(net.SocketAddress.isSocketAddress(sa));
assert.throws(() => new net.SocketAddress({ address: 'x' }), {
  code: 'ERR_INVALID_ADDRESS', message: 'Invalid socket address',
});
assert.throws(() => new net.SocketAddress({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
