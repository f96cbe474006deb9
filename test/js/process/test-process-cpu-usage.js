'use strict';
// process.cpuUsage() gives { user, system } in microseconds; cpuUsage(prev) the difference; a bad
// previous value is a Node error.

const assert = require('assert');

const start = process.cpuUsage();
assert.deepStrictEqual(Object.keys(start), ['user', 'system']);
assert.ok(Number.isInteger(start.user) && start.user >= 0);
assert.ok(Number.isInteger(start.system) && start.system >= 0);

// Spin until the difference shows 2 ms of CPU time (bounded, in case the clock never moves).
let diff;
const deadline = Date.now() + 2000;
do {
  diff = process.cpuUsage(start);
  assert.ok(Number.isInteger(diff.user) && diff.user >= 0);
  assert.ok(Number.isInteger(diff.system) && diff.system >= 0);
} while (diff.user + diff.system < 2000 && Date.now() < deadline);
assert.ok(diff.user + diff.system >= 2000, JSON.stringify(diff));
const later = process.cpuUsage();
assert.ok(later.user >= start.user && later.system >= start.system);

assert.throws(() => process.cpuUsage(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue" argument must be of type object. Received type number (1)',
});
assert.throws(() => process.cpuUsage({ user: 'x', system: 0 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prevValue.user" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => process.cpuUsage({ user: -1, system: 0 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
assert.throws(() => process.cpuUsage({ user: 0, system: -2.5 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'prevValue.system' is invalid. Received -2.5",
});
