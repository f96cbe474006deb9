'use strict';
// Native resources: an fs request (FSREQCALLBACK), a TCP server (TCPSERVERWRAP), its accepted
// and connecting sockets (TCPWRAP, triggered by the server for accepted ones), the connect and
// write requests (TCPCONNECTWRAP, WRITEWRAP); callbacks run with the resource's ids, between its
// before and after hooks, and every request is destroyed after its callback.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const { createHook, executionAsyncId, triggerAsyncId } = require('async_hooks');

const resources = new Map();
const events = [];
const hook = createHook({
  init(id, type, trigger, resource) {
    resources.set(id, { type, trigger, resource });
  },
  before(id) { events.push(['before', id]); },
  after(id) { events.push(['after', id]); },
  destroy(id) { events.push(['destroy', id]); },
}).enable();

function typeOf(id) { return resources.get(id)?.type; }

fs.stat(__filename, function(err) {
  assert.ifError(err);
  const id = executionAsyncId();
  assert.strictEqual(typeOf(id), 'FSREQCALLBACK');
  assert.strictEqual(resources.get(id).trigger, 1);
  assert.strictEqual(triggerAsyncId(), 1);
  assert.deepStrictEqual(events.filter((e) => e[1] === id), [['before', id]]);
  fs.promises.stat(__filename).then(() => {
    assert.ok([...resources.values()].some((r) => r.type === 'FSREQPROMISE'));
    startNet(id);
  });
});

function startNet(statId) {
  let serverId;
  let acceptedId;
  const server = net.createServer((socket) => {
    serverId = executionAsyncId();
    assert.strictEqual(typeOf(serverId), 'TCPSERVERWRAP');
    acceptedId = socket._handle.getAsyncId();
    assert.strictEqual(typeOf(acceptedId), 'TCPWRAP');
    assert.strictEqual(resources.get(acceptedId).trigger, serverId);
    socket.on('data', (chunk) => {
      assert.strictEqual(executionAsyncId(), acceptedId);
      socket.end(chunk);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      assert.strictEqual(typeOf(executionAsyncId()), 'TCPCONNECTWRAP');
      client.write('hello', () => {
        // A write that went out at once calls back from a tick, in Node too.
        assert.strictEqual(typeOf(executionAsyncId()), 'TickObject');
      });
    });
    const clientId = client._handle.getAsyncId();
    assert.strictEqual(typeOf(clientId), 'TCPWRAP');
    client.on('data', (chunk) => {
      assert.strictEqual(chunk.toString(), 'hello');
      assert.strictEqual(executionAsyncId(), clientId);
    });
    client.on('close', () => {
      server.close(() => {
        process.on('exit', () => {
          hook.disable();
          // The fs request and the connect request: entered once, left, destroyed.
          const connectId = [...resources].find(([, r]) => r.type === 'TCPCONNECTWRAP')[0];
          for (const id of [statId, connectId]) {
            assert.deepStrictEqual(events.filter((e) => e[1] === id).map((e) => e[0]),
                                   ['before', 'after', 'destroy']);
          }
          // Closed handles are destroyed too.
          assert.ok(events.some((e) => e[0] === 'destroy' && e[1] === clientId));
          assert.ok(events.some((e) => e[0] === 'destroy' && e[1] === acceptedId));
        });
      });
    });
  });
}
