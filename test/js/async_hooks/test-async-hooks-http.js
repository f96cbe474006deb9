'use strict';
// The HTTP parser as an async resource: a server's request handler runs in an
// HTTPINCOMINGMESSAGE resource triggered by the connection (Node: its socket; tide: the server
// handle that accepted it), the client's response handler in an
// HTTPCLIENTREQUEST one.
const assert = require('assert');
const http = require('http');
const { createHook, executionAsyncId } = require('async_hooks');

const resources = new Map();
const hook = createHook({
  init(id, type, trigger) { resources.set(id, { type, trigger }); },
}).enable();

const server = http.createServer((req, res) => {
  const id = executionAsyncId();
  assert.strictEqual(resources.get(id).type, 'HTTPINCOMINGMESSAGE');
  assert.ok(['TCPWRAP', 'TCPSERVERWRAP'].includes(resources.get(resources.get(id).trigger).type));
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    assert.strictEqual(resources.get(executionAsyncId()).type, 'HTTPCLIENTREQUEST');
    assert.strictEqual(res.statusCode, 200);
    res.resume();
    res.on('end', () => {
      server.close();
      hook.disable();
    });
  });
});
