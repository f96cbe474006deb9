'use strict';
// bind(): its argument forms, 'listening' and the callback, ERR_SOCKET_ALREADY_BOUND, EADDRINUSE
// as a system error on 'error', lookup failures, reuseAddr sharing a port, and bind({ fd }).
const assert = require('assert');
const dgram = require('dgram');

let pending = 0;
function done() {
  if (--pending === 0) console.log('ok');
}

// bind(port, address, cb) then EADDRINUSE for a second socket on that port.
pending++;
const a = dgram.createSocket('udp4');
let listening = 0;
a.on('listening', () => listening++);
a.bind(0, '127.0.0.1', function() {
  assert.strictEqual(this, a);
  assert.strictEqual(listening, 1);
  assert.throws(() => a.bind(0), {
    code: 'ERR_SOCKET_ALREADY_BOUND', name: 'Error', message: 'Socket is already bound',
  });
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.bind({ port, address: '127.0.0.1' }, assert.fail);
  b.on('error', (err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    // A failed bind leaves the socket unbound: it may bind again.
    b.bind(0, () => {
      assert.notStrictEqual(b.address().port, port);
      b.close();
      a.close();
      done();
    });
  });
});
assert.throws(() => a.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });

// bind() with no arguments: all interfaces, a random port.
pending++;
const c = dgram.createSocket('udp4');
c.bind();
c.on('listening', () => {
  assert.strictEqual(c.address().address, '0.0.0.0');
  assert.ok(c.address().port > 0);
  c.close(done);
});

// bind(cb) and bind(port, cb).
pending++;
const d = dgram.createSocket('udp4');
d.bind(() => {
  d.close();
  const e = dgram.createSocket('udp4');
  e.bind(0, () => e.close(done));
});

// A lookup failure is emitted as 'error' and leaves the socket unbound.
pending++;
const f = dgram.createSocket({
  type: 'udp4',
  lookup(host, family, cb) {
    assert.strictEqual(host, 'bad.invalid');
    assert.strictEqual(family, 4);
    process.nextTick(cb, Object.assign(new Error('getaddrinfo ENOTFOUND bad.invalid'),
                                       { code: 'ENOTFOUND' }));
  },
});
f.bind(0, 'bad.invalid');
f.on('error', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  f.close(done);
});

// reuseAddr: two sockets on one port.
pending++;
const r1 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
r1.bind(0, '127.0.0.1', () => {
  const r2 = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  r2.on('error', assert.fail);
  r2.bind(r1.address().port, '127.0.0.1', () => {
    assert.strictEqual(r2.address().port, r1.address().port);
    r1.close();
    r2.close(done);
  });
});

// bind({ fd }) with a descriptor that is not a UDP socket.
assert.throws(() => dgram.createSocket('udp4').bind({ fd: 1 }), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_FD_TYPE');
  assert.match(err.message, /^Unsupported fd type: /);
  return true;
});

process.on('exit', () => assert.strictEqual(pending, 0));
