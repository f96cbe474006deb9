'use strict';
// Connection errors as Node reports them: ECONNREFUSED with address/port, ENOTFOUND from the
// lookup, and argument validation (codes and messages compared with node v20).
const assert = require('assert');
const net = require('net');

let pending = 2;
const c = net.connect(1, '127.0.0.1');
c.on('error', (err) => {
  assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:1');
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errno, -111);
  assert.strictEqual(err.syscall, 'connect');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, 1);
  c.on('close', (hadError) => {
    assert.strictEqual(hadError, true);
    pending--;
  });
});

const d = net.connect({ host: 'nonexistent.invalid', port: 80 });
d.on('error', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'nonexistent.invalid');
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nonexistent.invalid');
  pending--;
});

assert.throws(() => net.connect({}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.connect({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => net.connect({ port: true }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => net.connect({ port: 80, localAddress: 'nope' }), {
  code: 'ERR_INVALID_IP_ADDRESS',
  message: 'Invalid IP address: nope',
});
assert.throws(() => net.connect({ port: 80, autoSelectFamily: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new net.Socket().setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new net.Socket().setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
process.on('exit', () => assert.strictEqual(pending, 0));
