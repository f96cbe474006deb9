'use strict';
// A delay above 2**31-1 ms emits a TimeoutOverflowWarning and is set to 1 ms.

const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
let fired = 0;
const t = setTimeout(() => fired++, 2 ** 31);
assert.strictEqual(t._idleTimeout, 1);
const iv = setInterval(() => { fired++; clearInterval(iv); }, Infinity);
assert.strictEqual(iv._idleTimeout, 1);

process.on('exit', () => {
  assert.strictEqual(fired, 2);
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[0].name, 'TimeoutOverflowWarning');
  assert.strictEqual(warnings[0].message,
                     '2147483648 does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
  assert.strictEqual(warnings[1].message,
                     'Infinity does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
});
