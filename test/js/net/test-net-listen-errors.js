'use strict';
// listen() errors: EADDRINUSE as `listen EADDRINUSE: address already in use 127.0.0.1:PORT`,
// ERR_SERVER_ALREADY_LISTEN, bad ports and options, close() of a server not running.
const assert = require('assert');
const net = require('net');

const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  assert.throws(() => a.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  const b = net.createServer();
  b.on('error', (err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(b.listening, false);
    a.close(() => {
      net.createServer().close((err2) => {
        assert.strictEqual(err2.code, 'ERR_SERVER_NOT_RUNNING');
        assert.strictEqual(err2.message, 'Server is not running.');
        done = true;
      });
    });
  });
  b.listen(port, '127.0.0.1');
});
assert.throws(() => net.createServer().listen(65536), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.createServer().listen({ foo: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'options' must have the property \"port\" or \"path\". Received { foo: 1 }",
});
assert.throws(() => net.createServer(1), { code: 'ERR_INVALID_ARG_TYPE' });
let done = false;
process.on('exit', () => assert.ok(done));
