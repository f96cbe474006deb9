'use strict';
// autoSelectFamily (happy eyeballs): a lookup giving two addresses tries them in turn; when all
// fail the error is an AggregateError of each attempt; the defaults are settable and validated.
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
net.setDefaultAutoSelectFamilyAttemptTimeout(250);
assert.throws(() => net.setDefaultAutoSelectFamily(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.setDefaultAutoSelectFamilyAttemptTimeout(0), { code: 'ERR_OUT_OF_RANGE' });

// Both addresses refuse: AggregateError with both attempts.
function lookupBoth(host, opts, cb) {
  assert.strictEqual(opts.all, true);
  cb(null, [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }]);
}
let steps = 0;
const c = net.connect({ host: 'two.example', port: 1, lookup: lookupBoth, autoSelectFamily: true });
c.on('error', (err) => {
  assert.ok(err instanceof AggregateError);
  assert.strictEqual(err.code, 'ECONNREFUSED');
  assert.strictEqual(err.errors.length, 2);
  assert.strictEqual(err.errors[0].message, 'connect ECONNREFUSED 127.0.0.1:1');
  assert.ok(/^connect (ECONNREFUSED|EADDRNOTAVAIL) ::1:1$/.test(err.errors[1].message));
  assert.deepStrictEqual(c.autoSelectFamilyAttemptedAddresses, ['127.0.0.1:1', '::1:1']);
  steps++;
  second();
});

// The second address works.
function second() {
  const server = net.createServer((s) => s.end('ok'));
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const lookup = (host, opts, cb) => cb(null, [
      { address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 },
    ]);
    const client = net.connect({ host: 'x.example', port, lookup, autoSelectFamily: true });
    client.on('connect', () => {
      assert.strictEqual(client.remoteAddress, '127.0.0.1');
      steps++;
    });
    client.resume();
    client.on('end', () => server.close());
  });
}
process.on('exit', () => assert.strictEqual(steps, 2));
