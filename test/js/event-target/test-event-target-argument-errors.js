'use strict';
// EventTarget's argument errors: codes and messages as Node's; a null listener is a warning.
const assert = require('assert');

const et = new EventTarget();
const f = () => {};

const missingTypeListener = {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
};
assert.throws(() => et.addEventListener(), missingTypeListener);
assert.throws(() => et.addEventListener('x'), missingTypeListener);
assert.throws(() => et.removeEventListener(), missingTypeListener);
assert.throws(() => et.removeEventListener('x'), missingTypeListener);

assert.throws(() => et.addEventListener('x', 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
});
assert.throws(() => et.addEventListener('x', 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => et.removeEventListener('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.throws(() => et.addEventListener('x', f, 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => et.addEventListener('x', f, 'capture'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => et.addEventListener('x', f, { signal: 1 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
assert.throws(() => et.addEventListener('x', f, { signal: null }), { code: 'ERR_INVALID_ARG_TYPE' });
// removeEventListener does not check its options.
et.removeEventListener('x', f, 1);

assert.throws(() => et.dispatchEvent(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "event" argument must be specified',
});
assert.throws(() => et.dispatchEvent({ type: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
assert.throws(() => et.dispatchEvent('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// None of the failed calls added anything.
assert.deepStrictEqual(require('events').getEventListeners(et, 'x'), []);

// null and undefined listeners: no effect, and a warning saying so.
const warnings = [];
process.on('warning', (w) => warnings.push(w));
et.addEventListener('x', null);
et.addEventListener('y', undefined);
assert.deepStrictEqual(require('events').getEventListeners(et, 'x'), []);
process.on('exit', () => {
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[0].name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(warnings[0].message, 'addEventListener called with null which has no effect.');
  assert.strictEqual(warnings[0].target, et);
  assert.strictEqual(warnings[0].type, 'x');
  assert.strictEqual(warnings[1].message,
                     'addEventListener called with undefined which has no effect.');
});
