'use strict';
// A pending AbortSignal.timeout() never keeps the process alive, even with listeners on it.
const assert = require('assert');

const start = Date.now();
const signal = AbortSignal.timeout(60_000);
signal.addEventListener('abort', () => assert.fail('the process should have exited'));
const other = AbortSignal.any([AbortSignal.timeout(60_000)]);
other.onabort = () => assert.fail('the process should have exited');

process.on('exit', () => {
  assert.ok(Date.now() - start < 10_000);
  assert.strictEqual(signal.aborted, false);
});
