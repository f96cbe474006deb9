'use strict';
// ERR_INVALID_RETURN_VALUE, from assert.rejects() given a function that
// returns no promise.
const assert = require('assert');

let finished = false;
process.on('exit', () => assert.ok(finished, 'the async checks did not finish'));

async function main() {
  const cases = [
    [5, 'type number (5)'],
    [undefined, 'undefined'],
    [{}, 'an instance of Object'],
  ];
  for (const [value, received] of cases) {
    await assert.rejects(assert.rejects(() => value), {
      name: 'TypeError',
      code: 'ERR_INVALID_RETURN_VALUE',
      message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
               `but got ${received}.`,
    });
  }
}

main().then(() => { finished = true; });
