'use strict';
// fork() with serialization: 'advanced': V8-serialized messages both ways (Map, Set, Date, BigInt,
// typed arrays, Buffers, RegExp, undefined, cycles), the child sees the mode through
// NODE_CHANNEL_SERIALIZATION_MODE only until start-up consumed it, values V8 cannot clone throw,
// and a bad mode is rejected.
const assert = require('assert');
const { fork, spawn } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg) => {
    if (msg === 'env') {
      process.send({ fd: process.env.NODE_CHANNEL_FD, mode: process.env.NODE_CHANNEL_SERIALIZATION_MODE });
      return;
    }
    // Echo back, plus a value made here (a cycle) to check the other direction.
    const cycle = { name: 'cycle' };
    cycle.self = cycle;
    process.send({ echo: msg, cycle, big: 2n ** 70n }, () => process.disconnect());
  });
  return;
}

const child = fork(__filename, ['child'], { serialization: 'advanced' });
const sent = {
  map: new Map([[1, 'one'], ['k', { nested: true }]]),
  set: new Set([1, 'two', 3n]),
  date: new Date(1e12),
  big: -(10n ** 25n),
  u8: new Uint8Array([1, 2, 255]),
  i32: new Int32Array([-1, 2 ** 31 - 1]),
  f64: new Float64Array([Math.PI, -0]),
  u64: new BigUint64Array([2n ** 64n - 1n]),
  buf: Buffer.from('héllo'),
  re: /a+b/gi,
  undef: undefined,
  nan: NaN,
  arr: [1, , 3],  // eslint-disable-line no-sparse-arrays
  str: 'x'.repeat(100000),
};
const replies = [];
child.send('env');
assert.strictEqual(child.send(sent), true);
child.on('message', (msg) => replies.push(msg));
child.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(replies[0], { fd: undefined, mode: undefined });
  const { echo, cycle, big } = replies[1];
  assert.deepStrictEqual(echo, sent);
  assert.ok(echo.map instanceof Map);
  assert.ok(echo.date instanceof Date);
  assert.ok(Buffer.isBuffer(echo.buf));
  assert.ok(echo.f64 instanceof Float64Array);
  assert.ok(Object.is(echo.f64[1], -0));
  assert.ok('undef' in echo);
  assert.strictEqual(cycle.self, cycle);
  assert.strictEqual(big, 2n ** 70n);
  console.log('ok');
});

// What V8 cannot serialize throws at send() (JSON mode would drop a function silently).
const other = fork(__filename, ['child'], { serialization: 'advanced', stdio: 'ignore' });
assert.throws(() => other.send({ fn() {} }), /could not be cloned/);
assert.throws(() => other.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
other.kill();

assert.throws(() => fork(__filename, { serialization: 'yaml' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. " +
    "Received 'yaml'",
});
assert.throws(() => spawn(process.execPath, [], { serialization: 1 }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
