'use strict';
// An unhandled rejection with a non-error reason becomes ERR_UNHANDLED_REJECTION, whose message
// names the reason the way V8's NoSideEffectsToString does — without running any user code.
// (tide once printed [object Object] for a Date, from a second copy of that function.)
const assert = require('assert');

const seen = [];
process.on('uncaughtException', (err) => {
  assert.strictEqual(err.code, 'ERR_UNHANDLED_REJECTION');
  seen.push(/with the reason "(.*)"\.$/s.exec(err.message)[1]);
});

class Foo {}
const noisy = { toString() { throw new Error('user code ran'); } };
const reasons = [new Date(0), /x/, [1], new Number(1), Object.create(null), new Foo(),
  Symbol('s'), { name: 'N', message: 'M', __proto__: Error.prototype }, 42, noisy];
for (const reason of reasons) Promise.reject(reason);

process.on('exit', () => {
  assert.deepStrictEqual(seen, ['[object Date]', '[object RegExp]', '[object Array]',
    '[object Number]', '[object Object]', '#<Foo>', 'Symbol(s)', 'N: M', '42', '[object Object]']);
});
