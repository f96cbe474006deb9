'use strict';
// After each keep-alive response the server re-arms the socket's timeout with keepAliveTimeout
// through socket.setTimeout() — a replaced setTimeout (on the socket) is called, as in Node; the
// socket's own one takes a short path (kResumeTimeout) that must leave the same state.
const assert = require('assert');
const http = require('http');

const KEEP_ALIVE = 3000;
const calls = [];
let plainSocket = null;
const server = http.createServer((req, res) => {
  const socket = req.socket;
  if (req.url === '/patched' && !socket.patched) {
    socket.patched = true;
    const own = socket.setTimeout;
    socket.setTimeout = function(msecs, cb) {
      if (msecs !== 0) calls.push(msecs);
      return own.call(this, msecs, cb);
    };
  }
  if (req.url === '/plain') plainSocket = socket;
  res.end(req.url);
});
server.keepAliveTimeout = KEEP_ALIVE;

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path, cb) => http.get({ port: server.address().port, path, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(cb));
  });
  get('/patched', () => get('/patched', () => get('/patched', () => {
    // (node v20 arms keepAliveTimeout + 1000 ms; the duration is checked against the plain
    // socket's below.)
    assert.strictEqual(calls.length, 3);
    assert.ok(calls[0] >= KEEP_ALIVE);
    assert.deepStrictEqual(calls, [calls[0], calls[0], calls[0]]);
    agent.destroy();
    const agent2 = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get2 = (path, cb) => http.get({ port: server.address().port, path, agent: agent2 },
                                        (res) => { res.resume(); res.on('end', () => setImmediate(cb)); });
    get2('/plain', () => get2('/plain', () => {
      // The unpatched socket's timeout is armed again with the keep-alive duration.
      assert.strictEqual(plainSocket.timeout, calls[0]);
      agent2.destroy();
      server.close();
    }));
  })));
});
