'use strict';
// events.EventEmitterAsyncResource: an EventEmitter whose listeners run in its async context.
const assert = require('assert');
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { executionAsyncId, triggerAsyncId } = require('async_hooks');

const r = new EventEmitterAsyncResource({ name: 'Test' });
assert.ok(r instanceof EventEmitter);
assert.strictEqual(typeof r.asyncId, 'number');
assert.strictEqual(typeof r.triggerAsyncId, 'number');
assert.strictEqual(r.asyncResource.eventEmitter, r);

let calls = 0;
r.on('foo', function(a) {
  calls++;
  assert.strictEqual(this, r);
  assert.strictEqual(a, 1);
  assert.strictEqual(executionAsyncId(), r.asyncId);
  assert.strictEqual(triggerAsyncId(), r.triggerAsyncId);
});
assert.strictEqual(r.emit('foo', 1), true);
assert.strictEqual(calls, 1);

// A subclass uses its class name by default; the base class requires options.name.
class Sub extends EventEmitterAsyncResource {}
new Sub();
new EventEmitterAsyncResource('by-string');
assert.throws(() => new EventEmitterAsyncResource({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new EventEmitterAsyncResource(), { code: 'ERR_INVALID_ARG_TYPE' });

// Methods check their receiver.
assert.throws(() => EventEmitterAsyncResource.prototype.emit.call(new EventEmitter(), 'x'), {
  code: 'ERR_INVALID_THIS',
});
r.emitDestroy();
