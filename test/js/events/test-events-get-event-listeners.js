'use strict';
// events.getEventListeners(emitterOrTarget, name).
const assert = require('assert');
const EventEmitter = require('events');
const { getEventListeners } = EventEmitter;

const e = new EventEmitter();
const f = () => {};
const g = () => {};
assert.deepStrictEqual(getEventListeners(e, 'foo'), []);
e.on('foo', f);
e.once('foo', g);
assert.deepStrictEqual(getEventListeners(e, 'foo'), [f, g]);

const et = new EventTarget();
assert.deepStrictEqual(getEventListeners(et, 'foo'), []);
et.addEventListener('foo', f);
et.addEventListener('foo', g);
et.addEventListener('foo', f);  // duplicate: ignored by EventTarget
assert.deepStrictEqual(getEventListeners(et, 'foo'), [f, g]);
et.removeEventListener('foo', f);
assert.deepStrictEqual(getEventListeners(et, 'foo'), [g]);

assert.throws(() => getEventListeners({}, 'foo'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
