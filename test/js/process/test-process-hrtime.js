'use strict';
// process.hrtime() is [seconds, nanoseconds], monotonic; hrtime(prev) is the difference;
// hrtime.bigint() is a monotonic bigint in nanoseconds.

const assert = require('assert');

const a = process.hrtime();
assert.ok(Array.isArray(a) && a.length === 2);
assert.ok(Number.isInteger(a[0]) && a[0] >= 0);
assert.ok(Number.isInteger(a[1]) && a[1] >= 0 && a[1] < 1e9);

const end = Date.now() + 5;
while (Date.now() < end);
const diff = process.hrtime(a);
assert.ok(Number.isInteger(diff[0]) && Number.isInteger(diff[1]));
const diffNs = diff[0] * 1e9 + diff[1];
assert.ok(diffNs >= 4e6 && diffNs < 5e9, `diff ${diffNs}`);

const b = process.hrtime();
assert.ok(b[0] * 1e9 + b[1] >= a[0] * 1e9 + a[1] + diffNs);

const x = process.hrtime.bigint();
const y = process.hrtime.bigint();
assert.strictEqual(typeof x, 'bigint');
assert.ok(y >= x);
// Both clocks are the same monotonic clock.
const fromArray = BigInt(b[0]) * 1000000000n + BigInt(b[1]);
assert.ok(x >= fromArray);
