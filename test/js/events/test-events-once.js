'use strict';
// emitter.once(): runs once, with the emitter as `this` and all arguments; removable by the
// original listener; rawListeners() shows the wrapper, listeners() the original.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
let calls = 0;
function onFoo(a, b, c, d, f) {
  calls++;
  assert.strictEqual(this, e);
  assert.deepStrictEqual([...arguments], [1, 2, 3, 4, 5]);
}
assert.strictEqual(e.once('foo', onFoo), e);
assert.strictEqual(e.listenerCount('foo'), 1);
assert.deepStrictEqual(e.listeners('foo'), [onFoo]);
const raw = e.rawListeners('foo');
assert.strictEqual(raw.length, 1);
assert.notStrictEqual(raw[0], onFoo);
assert.strictEqual(raw[0].listener, onFoo);

assert.strictEqual(e.emit('foo', 1, 2, 3, 4, 5), true);
assert.strictEqual(e.emit('foo', 1, 2, 3, 4, 5), false);
assert.strictEqual(calls, 1);
assert.strictEqual(e.listenerCount('foo'), 0);

// Removing by the original function removes the wrapper.
const never = () => assert.fail('removed once listener ran');
e.once('bar', never);
e.removeListener('bar', never);
assert.strictEqual(e.emit('bar'), false);

// Calling the raw wrapper runs the listener and removes it.
let rawCalls = 0;
e.once('baz', (x) => { rawCalls++; assert.strictEqual(x, 'direct'); });
const wrapper = e.rawListeners('baz')[0];
wrapper('direct');
assert.strictEqual(rawCalls, 1);
assert.strictEqual(e.listenerCount('baz'), 0);
wrapper('direct');
assert.strictEqual(rawCalls, 1);

// Re-entrant emit from inside a once listener does not run it twice.
let inner = 0;
e.once('re', () => {
  inner++;
  e.emit('re');
});
e.emit('re');
assert.strictEqual(inner, 1);

// once() with zero arguments passes none.
e.once('zero', function() { assert.strictEqual(arguments.length, 0); calls++; });
e.emit('zero');
assert.strictEqual(calls, 2);

// The same listener added with once twice runs twice on one emit.
let twice = 0;
const t = () => twice++;
e.once('t', t);
e.once('t', t);
e.emit('t');
assert.strictEqual(twice, 2);
assert.strictEqual(e.listenerCount('t'), 0);

// Validation.
assert.throws(() => e.once('x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "listener" argument must be of type function. Received null',
});
