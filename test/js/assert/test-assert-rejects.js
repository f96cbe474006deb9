'use strict';
// assert.rejects / doesNotReject: the promise forms of throws/doesNotThrow.
const assert = require('assert');

let finished = false;
process.on('exit', () => assert.ok(finished, 'the async checks did not finish'));

async function main() {
  await assert.rejects(Promise.reject(new TypeError('no')), TypeError);
  await assert.rejects(async () => { throw new Error('no'); }, { message: 'no' });
  await assert.rejects(() => Promise.reject(new Error('no')), /no/);

  await assert.rejects(assert.rejects(Promise.resolve(1)), {
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.rejects(Promise.resolve(1), Error), {
    message: 'Missing expected rejection (Error).',
  });
  // Bad arguments reject too.
  await assert.rejects(assert.rejects(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
             'Received type number (5)',
  });
  await assert.rejects(assert.rejects(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    name: 'TypeError',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function but ' +
             'got type number (5).',
  });

  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), {
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "x"',
  });
}

main().then(() => { finished = true; });
