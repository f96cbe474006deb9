'use strict';
// timers/promises setInterval is an async iterator yielding the value on each tick; breaking
// out of for-await stops the interval so the process can exit.

const assert = require('assert');
const { setInterval } = require('timers/promises');

let done = 0;
(async () => {
  let n = 0;
  for await (const value of setInterval(2, 'tick')) {
    assert.strictEqual(value, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(n, 3);
  done++;
})();

process.on('exit', () => assert.strictEqual(done, 1));
