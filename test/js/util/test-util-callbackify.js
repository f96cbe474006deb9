'use strict';
// util.callbackify: async functions become (…args, callback) functions; falsy rejections are
// wrapped in ERR_FALSY_VALUE_REJECTION; the callback runs asynchronously with `this` kept.

const assert = require('assert');
const util = require('util');

const { callbackify } = util;

async function double(x) {
  return x * 2;
}
const doubleCb = callbackify(double);
assert.strictEqual(doubleCb.name, 'doubleCallbackified');
assert.strictEqual(doubleCb.length, 2);

for (const bad of [undefined, null, 1, 'f', {}]) {
  assert.throws(() => callbackify(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => doubleCb(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => doubleCb(1, 'not a function'), { code: 'ERR_INVALID_ARG_TYPE' });

const seen = [];
let sync = true;

doubleCb(21, (err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 42);
  seen.push('value');
});

callbackify(async () => { throw new TypeError('rejected'); })((err, value) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'rejected');
  assert.strictEqual(value, undefined);
  seen.push('error');
});

for (const falsy of [null, undefined, 0, '', false]) {
  callbackify(() => Promise.reject(falsy))((err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    assert.strictEqual(err.reason, falsy);
    seen.push(`falsy ${String(falsy)}`);
  });
}

const receiver = {
  value: 7,
  method: callbackify(async function() { return this.value; }),
};
receiver.method(function(err, value) {
  assert.strictEqual(err, null);
  assert.strictEqual(value, 7);
  assert.strictEqual(this, receiver);
  seen.push('this');
});

// length and name that are not a number / string are copied as they are.
const odd = async () => {};
Object.defineProperty(odd, 'length', { value: 'x' });
Object.defineProperty(odd, 'name', { value: 5 });
const oddCb = callbackify(odd);
assert.strictEqual(oddCb.length, 'x');
assert.strictEqual(oddCb.name, 5);

sync = false;

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'error', 'falsy ', 'falsy 0', 'falsy false', 'falsy null', 'falsy undefined', 'this', 'value',
  ]);
});
