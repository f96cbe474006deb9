'use strict';
// util.aborted(signal, resource): a promise that settles when the signal aborts (at once when it
// already has), and rejects for a signal or resource of the wrong type.

const assert = require('assert');
const { aborted } = require('util');

let settledLater = false;

(async () => {
  // Already aborted: fulfilled with undefined.
  {
    const ac = new AbortController();
    ac.abort();
    const promise = aborted(ac.signal, {});
    assert.ok(promise instanceof Promise);
    assert.strictEqual(await promise, undefined);
  }

  // Aborted later: fulfilled when the 'abort' event fires, not before.
  {
    const ac = new AbortController();
    let done = false;
    const promise = aborted(ac.signal, () => {}).then(() => { done = true; });
    await new Promise((resolve) => setTimeout(resolve, 5));
    assert.strictEqual(done, false);
    ac.abort();
    await promise;
    assert.strictEqual(done, true);
    settledLater = true;
  }

  // Argument errors reject the promise (the function is async).
  await assert.rejects(aborted(undefined, {}), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  await assert.rejects(aborted({}, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. ' +
      'Received an instance of Object',
  });
  await assert.rejects(aborted(new AbortController().signal, null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "resource" argument must be of type object. Received null',
  });
  await assert.rejects(aborted(new AbortController().signal, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "resource" argument must be of type object. Received type number (1)',
  });
})().then(() => {
  assert.ok(settledLater);
}, (err) => {
  process.nextTick(() => { throw err; });
});

process.on('exit', () => assert.ok(settledLater, 'the test did not finish'));
