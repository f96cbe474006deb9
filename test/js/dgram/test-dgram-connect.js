'use strict';
// Connected sockets: connect() binds implicitly, 'connect' and the callback, remoteAddress(),
// sends without port/address (with offset/length), disconnect(), and the connect-state errors.
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const got = [];

assert.throws(() => client.remoteAddress(), {
  code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', name: 'Error', message: 'Not connected',
});
assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
for (const port of [0, -1, 65536, 'x', null, undefined, 1.5]) {
  assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
}
assert.throws(() => client.connect(1234, 5), { code: 'ERR_INVALID_ARG_TYPE' });

server.on('message', (msg, rinfo) => {
  got.push(msg.toString());
  assert.strictEqual(rinfo.port, client.address().port);
  if (got.length === 3) {
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    // Disconnected: a port is needed again.
    assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.send('after', server.address().port, '127.0.0.1');
  } else if (got.length === 4) {
    assert.strictEqual(msg.toString(), 'after');
    client.close();
    server.close();
  }
});

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  let events = 0;
  client.on('connect', () => events++);
  client.connect(port, '127.0.0.1', function() {
    assert.strictEqual(this, client);
    assert.strictEqual(events, 1);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected',
    });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'),
                  { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
      client.send(Buffer.from('xtwox'), 1, 3, (err2, n2) => {
        assert.ifError(err2);
        assert.strictEqual(n2, 3);
        client.send(['thr', 'ee']);
      });
    });
  });
});

// A connect to a name that does not resolve reaches the callback (not 'error').
const bad = dgram.createSocket({
  type: 'udp4',
  lookup(host, family, cb) {
    if (host === 'nowhere.invalid') return cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    require('dns').lookup(host, family, cb);
  },
});
bad.on('error', assert.fail);
bad.connect(9, 'nowhere.invalid', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  // Still disconnected: it may connect again.
  bad.connect(9, '127.0.0.1', (err2) => {
    assert.ifError(err2);
    bad.close();
  });
});

process.on('exit', () => assert.deepStrictEqual(got, ['one', 'two', 'three', 'after']));
