'use strict';
// executionAsyncResource(): the top level's object, and the resource whose callback runs (a
// Timeout, an Immediate, a native handle), without any hook enabled; asyncWrapProviders.
const assert = require('assert');
const net = require('net');
const { executionAsyncResource, executionAsyncId, asyncWrapProviders } = require('async_hooks');

const top = executionAsyncResource();
assert.strictEqual(typeof top, 'object');
assert.strictEqual(executionAsyncResource(), top);

const timeout = setTimeout(() => {
  assert.strictEqual(executionAsyncResource(), timeout);
  // Properties set on a resource are seen by everything that runs in it.
  timeout.tag = 'mine';
  const immediate = setImmediate(() => {
    assert.strictEqual(executionAsyncResource(), immediate);
    const server = net.createServer((socket) => {
      socket.end();
      server.close();
    }).listen(0, () => {
      net.connect(server.address().port).on('end', function() {
        const resource = executionAsyncResource();
        assert.strictEqual(typeof resource, 'object');
        assert.notStrictEqual(resource, top);
        assert.ok(executionAsyncId() > 1);
        this.destroy();
      }).resume();
    });
  });
}, 1);

assert.strictEqual(Object.getPrototypeOf(asyncWrapProviders), null);
assert.ok(Object.isFrozen(asyncWrapProviders));
for (const [name, value] of Object.entries({
  NONE: 0, DIRHANDLE: 1, FSREQCALLBACK: 8, GETADDRINFOREQWRAP: 10, HTTPINCOMINGMESSAGE: 17,
  PROMISE: 26, TCPSERVERWRAP: 35, TCPWRAP: 36, TTYWRAP: 37, WRITEWRAP: 43, ZLIB: 44,
  VERIFYREQUEST: 58,
})) {
  assert.strictEqual(asyncWrapProviders[name], value, name);
}
