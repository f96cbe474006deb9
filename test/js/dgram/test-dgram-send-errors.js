'use strict';
// Failed sends: a system error (EMSGSIZE) goes to the callback only, with address and port; a
// lookup failure goes to the callback, or to 'error' when there is none.
const assert = require('assert');
const dgram = require('dgram');

const steps = [];
const s = dgram.createSocket('udp4');
s.on('error', assert.fail);
s.send(Buffer.alloc(70000), 9, '127.0.0.1', (err, n) => {
  assert.strictEqual(err.code, 'EMSGSIZE');
  assert.strictEqual(err.syscall, 'send');
  assert.strictEqual(err.address, '127.0.0.1');
  assert.strictEqual(err.port, 9);
  assert.strictEqual(err.message, 'send EMSGSIZE 127.0.0.1:9');
  assert.strictEqual(n, undefined);
  steps.push('emsgsize');
  s.close();
});

function failingLookup(host, family, cb) {
  process.nextTick(cb, Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`),
                                     { code: 'ENOTFOUND', hostname: host }));
}

const t = dgram.createSocket({ type: 'udp4', lookup: failingLookup });
// The implicit bind looks 0.0.0.0 up through the same lookup, which fails: the bind's 'error'
// comes, and the queued send is dropped.
t.on('error', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  steps.push('bind-error');
  t.close();
});
t.send('x', 9, 'nowhere.invalid');

let calls = 0;
const u = dgram.createSocket({
  type: 'udp4',
  lookup(host, family, cb) {
    if (calls++ === 0) return require('dns').lookup(host, family, cb);
    failingLookup(host, family, cb);
  },
});
u.bind(0, () => {
  u.send('x', 9, 'nowhere.invalid', (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    steps.push('send-cb');
    u.on('error', (err2) => {
      assert.strictEqual(err2.code, 'ENOTFOUND');
      steps.push('send-error');
      u.close();
    });
    u.send('y', 9, 'nowhere.invalid');
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(steps.sort(), ['bind-error', 'emsgsize', 'send-cb', 'send-error']);
});
