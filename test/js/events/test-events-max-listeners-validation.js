'use strict';
// setMaxListeners / getMaxListeners / defaultMaxListeners: values and validation.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
const e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(e._maxListeners, undefined);
assert.strictEqual(e.setMaxListeners(3), e);
assert.strictEqual(e.getMaxListeners(), 3);
assert.strictEqual(e._maxListeners, 3);
e.setMaxListeners(0);
assert.strictEqual(e.getMaxListeners(), 0);
e.setMaxListeners(Infinity);
assert.strictEqual(e.getMaxListeners(), Infinity);

for (const bad of [-1, -Infinity]) {
  assert.throws(() => e.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "setMaxListeners" is out of range. It must be >= 0. Received ${bad}`,
  });
}
assert.throws(() => e.setMaxListeners(NaN), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN',
});
assert.throws(() => e.setMaxListeners('5'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'5\')',
});

// defaultMaxListeners: validated setter, read by emitters without their own limit.
assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
const f = new EventEmitter();
EventEmitter.defaultMaxListeners = 4;
assert.strictEqual(f.getMaxListeners(), 4);
assert.strictEqual(EventEmitter.getMaxListeners(f), 4);

// events.setMaxListeners(n) sets the default; with targets, sets theirs.
EventEmitter.setMaxListeners(7);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
const g = new EventEmitter();
const h = new EventEmitter();
EventEmitter.setMaxListeners(2, g, h);
assert.strictEqual(g.getMaxListeners(), 2);
assert.strictEqual(h.getMaxListeners(), 2);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
assert.throws(() => EventEmitter.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
assert.throws(() => EventEmitter.setMaxListeners(-2), { code: 'ERR_OUT_OF_RANGE' });
EventEmitter.setMaxListeners();  // default argument: the current default
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);

assert.throws(() => EventEmitter.getMaxListeners({}), { code: 'ERR_INVALID_ARG_TYPE' });

// A 0 _maxListeners given before init() is reset to the default (as in Node).
function Pre() {
  this._maxListeners = 0;
  EventEmitter.call(this);
}
Object.setPrototypeOf(Pre.prototype, EventEmitter.prototype);
assert.strictEqual(new Pre()._maxListeners, undefined);
EventEmitter.defaultMaxListeners = 10;
