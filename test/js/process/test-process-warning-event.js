'use strict';
// process.emitWarning emits 'warning' on the next tick with an Error carrying name, message,
// code and detail; bad arguments are Node errors.

const assert = require('assert');

const seen = [];
process.on('warning', (w) => seen.push(w));
process.emitWarning('plain');
process.emitWarning('typed', 'FooWarning', 'FOO1');
process.emitWarning('opts', { type: 'BarWarning', code: 'BAR1', detail: 'more' });
const err = new Error('own error');
process.emitWarning(err);
assert.strictEqual(seen.length, 0);  // asynchronous

assert.throws(() => process.emitWarning(42), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. ' +
           'Received type number (42)',
});
assert.throws(() => process.emitWarning('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.emitWarning('x', 'T', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});

process.on('exit', () => {
  assert.strictEqual(seen.length, 4);
  const [plain, typed, opts, own] = seen;
  assert.ok(plain instanceof Error);
  assert.strictEqual(plain.name, 'Warning');
  assert.strictEqual(plain.message, 'plain');
  assert.strictEqual(plain.code, undefined);
  assert.strictEqual(typed.name, 'FooWarning');
  assert.strictEqual(typed.code, 'FOO1');
  assert.strictEqual(opts.name, 'BarWarning');
  assert.strictEqual(opts.code, 'BAR1');
  assert.strictEqual(opts.detail, 'more');
  assert.strictEqual(own, err);
});
