'use strict';
// A server's HTTPINCOMINGMESSAGE resource is triggered by the connection's socket (its TCPWRAP),
// not by the listening server handle — as node v20 reports it.
const assert = require('assert');
const async_hooks = require('async_hooks');
const http = require('http');

const inits = new Map();
async_hooks.createHook({
  init(asyncId, type, triggerAsyncId) {
    if (type === 'TCPSERVERWRAP' || type === 'TCPWRAP' || type === 'HTTPINCOMINGMESSAGE') {
      inits.set(asyncId, { type, triggerAsyncId });
    }
  },
}).enable();

let serverSocketId;
let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  res.end('ok');
});
server.on('connection', (socket) => {
  serverSocketId = socket._handle.getAsyncId();
});

server.listen(0, () => {
  const serverHandleId = server._handle.getAsyncId();
  http.get({ port: server.address().port, agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close();
      assert.strictEqual(requests, 1);
      const socket = inits.get(serverSocketId);
      assert.ok(socket, 'the accepted socket had an init');
      assert.strictEqual(socket.type, 'TCPWRAP');
      assert.strictEqual(socket.triggerAsyncId, serverHandleId);
      const incoming = [...inits.values()].filter((i) => i.type === 'HTTPINCOMINGMESSAGE');
      assert.strictEqual(incoming.length, 1);
      assert.strictEqual(incoming[0].triggerAsyncId, serverSocketId);
      checkDuplexConnection();
    });
  });
});

// A Duplex emitted as a connection (no native handle) gets an id of its own as the trigger, and
// the default trigger is put back afterwards.
function checkDuplexConnection() {
  const { Duplex } = require('stream');
  const server2 = http.createServer();
  const before = async_hooks.triggerAsyncId();
  const seen = [];
  const hook = async_hooks.createHook({
    init(asyncId, type, triggerAsyncId) {
      if (type === 'HTTPINCOMINGMESSAGE') seen.push(triggerAsyncId);
    },
  }).enable();
  const duplex = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  server2.emit('connection', duplex);
  hook.disable();
  assert.strictEqual(seen.length, 1);
  assert.strictEqual(typeof seen[0], 'number');
  assert.ok(seen[0] > 0);
  assert.notStrictEqual(seen[0], async_hooks.executionAsyncId());
  assert.strictEqual(async_hooks.triggerAsyncId(), before);
  duplex.destroy();
}
