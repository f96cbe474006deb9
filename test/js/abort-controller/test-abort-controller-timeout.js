'use strict';
// AbortSignal.timeout(ms): aborts with a TimeoutError DOMException after the delay; argument
// checks.
const assert = require('assert');

const start = Date.now();
const signal = AbortSignal.timeout(30);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);

let fired = 0;
signal.addEventListener('abort', (e) => {
  fired++;
  assert.strictEqual(e.isTrusted, true);
  assert.ok(Date.now() - start >= 25);
  assert.strictEqual(signal.aborted, true);
  const { reason } = signal;
  assert.ok(reason instanceof DOMException);
  assert.strictEqual(reason.name, 'TimeoutError');
  assert.strictEqual(reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(reason.code, 23);
  assert.throws(() => signal.throwIfAborted(), (err) => err === reason);
});

// The timer is unref'd: a referenced timer keeps this test alive until the check.
setTimeout(() => assert.strictEqual(fired, 1), 200);

// 0 is allowed.
const zero = AbortSignal.timeout(0);
zero.onabort = () => { fired += 0; };

assert.throws(() => AbortSignal.timeout(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received undefined',
});
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.timeout(-1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout(NaN), { code: 'ERR_OUT_OF_RANGE' });
