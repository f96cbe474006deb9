'use strict';
// events.setMaxListeners(n, ...targets) and getMaxListeners() with EventTargets.
const assert = require('assert');
const EventEmitter = require('events');

const et = new EventTarget();
const ee = new EventEmitter();
EventEmitter.setMaxListeners(5, et, ee);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(ee.getMaxListeners(), 5);
assert.strictEqual(EventEmitter.getMaxListeners(et), 5);
assert.throws(() => EventEmitter.setMaxListeners(1, et, {}), { code: 'ERR_INVALID_ARG_TYPE' });
