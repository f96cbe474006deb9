'use strict';
// The delay is converted with `* 1`: numeric strings count, anything that is not a number from 1
// to 2**31-1 becomes 1 ms (without a warning unless it is too large).

const assert = require('assert');

process.on('warning', (w) => assert.fail(`unexpected warning ${w.name}`));
const cases = [
  ['5', 5], [' 7 ', 7], ['abc', 1], [null, 1], [undefined, 1], [NaN, 1], [-1, 1], [0.5, 1],
  [true, 1], [[], 1], [[3], 3], [{ valueOf() { return 9; } }, 9], [1.5, 1.5], [2 ** 31 - 1, 2 ** 31 - 1],
];
for (const [delay, expected] of cases) {
  const t = setTimeout(() => {}, delay);
  assert.strictEqual(t._idleTimeout, expected, `delay ${String(delay)}`);
  clearTimeout(t);
}
