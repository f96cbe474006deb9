'use strict';

// util.transferableAbortSignal marks a signal as transferable and returns it;
// util.transferableAbortController gives a controller whose signal is. Both keep working as
// ordinary signals and controllers.

const assert = require('assert');
const { transferableAbortSignal, transferableAbortController } = require('util');

for (const [value, received] of [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [1, 'Received type number (1)'],
  [{}, 'Received an instance of Object'],
  [{ aborted: false }, 'Received an instance of Object'],
  [new AbortController(), 'Received an instance of AbortController'],
  [new EventTarget(), 'Received an instance of EventTarget'],
]) {
  assert.throws(() => transferableAbortSignal(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "signal" argument must be an instance of AbortSignal. ${received}`,
  });
}

const controller = new AbortController();
const signal = transferableAbortSignal(controller.signal);
assert.ok(signal instanceof AbortSignal);
// Node 22 marks the signal itself (Node 20 returned a detached copy).
if (Number(process.versions.node.split('.')[0]) >= 22) {
  assert.strictEqual(signal, controller.signal);
}
let fired = 0;
controller.signal.addEventListener('abort', () => fired++);
controller.abort('why');
assert.strictEqual(controller.signal.aborted, true);
assert.strictEqual(controller.signal.reason, 'why');
assert.strictEqual(fired, 1);

const aborted = transferableAbortSignal(AbortSignal.abort('early'));
assert.strictEqual(aborted.aborted, true);
assert.strictEqual(aborted.reason, 'early');

const transferable = transferableAbortController();
assert.ok(transferable instanceof AbortController);
assert.ok(transferable.signal instanceof AbortSignal);
assert.strictEqual(transferable.signal.aborted, false);
let reason;
transferable.signal.onabort = () => { reason = transferable.signal.reason; };
transferable.abort(42);
assert.strictEqual(reason, 42);
// Its signal can be marked again.
assert.ok(transferableAbortSignal(transferable.signal) instanceof AbortSignal);

assert.strictEqual(transferableAbortSignal.length, 1);
assert.strictEqual(transferableAbortController.length, 0);
