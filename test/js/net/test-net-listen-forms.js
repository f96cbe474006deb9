'use strict';
// listen() forms: (), (port), (port, host, backlog, cb), ({ port, host }), ({ port: '0' }),
// { fd } (an already-listening descriptor: EEXIST) and
// the AbortSignal option.
const assert = require('assert');
const net = require('net');

let steps = 0;
const a = net.createServer();
a.listen(() => {
  assert.strictEqual(typeof a.address().port, 'number');
  a.close(() => steps++);
});
const b = net.createServer();
b.listen(0, '127.0.0.1', 10, () => {
  assert.strictEqual(b.address().address, '127.0.0.1');
  b.close(() => steps++);
});
const c = net.createServer();
c.listen({ port: '0', host: 'localhost' }, () => {
  assert.strictEqual(c.address().address, '127.0.0.1');
  // Listening again on c's (already listening) descriptor: libuv's EEXIST, as in node.
  const d = net.createServer();
  d.on('error', (err) => {
    assert.strictEqual(err.code, 'EEXIST');
    assert.strictEqual(err.message, 'listen EEXIST: file already exists');
    assert.strictEqual(err.address, null);
    c.close(() => steps++);
  });
  d.listen({ fd: c._handle.fd });
});
const ac = new AbortController();
const e = net.createServer();
e.on('close', () => steps++);
e.listen({ port: 0, signal: ac.signal }, () => ac.abort());
process.on('exit', () => assert.strictEqual(steps, 4));
