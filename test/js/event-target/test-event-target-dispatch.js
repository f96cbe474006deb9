'use strict';
// dispatchEvent(): listeners in registration order with the target as `this`, the event's
// target/currentTarget/eventPhase/composedPath during and after, the return value, recursion.
const assert = require('assert');

const et = new EventTarget();
const calls = [];
function first(ev) {
  calls.push('first');
  assert.strictEqual(this, et);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, et);
  assert.strictEqual(ev.srcElement, et);
  assert.strictEqual(ev.eventPhase, Event.AT_TARGET);
  assert.deepStrictEqual(ev.composedPath(), [et]);
}
et.addEventListener('go', first);
et.addEventListener('go', () => calls.push('second'));
et.addEventListener('other', () => calls.push('other'));

const ev = new Event('go');
assert.strictEqual(et.dispatchEvent(ev), true);
assert.deepStrictEqual(calls, ['first', 'second']);
// Afterwards: the target stays, the rest is reset.
assert.strictEqual(ev.target, et);
assert.strictEqual(ev.currentTarget, null);
assert.strictEqual(ev.eventPhase, Event.NONE);
assert.deepStrictEqual(ev.composedPath(), []);
// An event may be dispatched again once its dispatch is over.
calls.length = 0;
assert.strictEqual(et.dispatchEvent(ev), true);
assert.deepStrictEqual(calls, ['first', 'second']);

// No listener: true, nothing happens.
assert.strictEqual(new EventTarget().dispatchEvent(new Event('none')), true);

// The return value: false only when a cancelable event was canceled.
const cancelTarget = new EventTarget();
cancelTarget.addEventListener('c', (e) => e.preventDefault());
assert.strictEqual(cancelTarget.dispatchEvent(new Event('c')), true);
const cancelable = new Event('c', { cancelable: true });
assert.strictEqual(cancelTarget.dispatchEvent(cancelable), false);
assert.strictEqual(cancelable.defaultPrevented, true);

// Removing a later listener during dispatch: it is not called.
const removal = new EventTarget();
const order = [];
const late = () => order.push('late');
removal.addEventListener('r', () => { order.push('early'); removal.removeEventListener('r', late); });
removal.addEventListener('r', late);
removal.dispatchEvent(new Event('r'));
assert.deepStrictEqual(order, ['early']);

// An event being dispatched cannot be dispatched again, here or elsewhere.
const recursive = new EventTarget();
const elsewhere = new EventTarget();
let checked = 0;
recursive.addEventListener('rec', (e) => {
  for (const target of [recursive, elsewhere]) {
    assert.throws(() => target.dispatchEvent(e), {
      name: 'Error',
      code: 'ERR_EVENT_RECURSION',
      message: 'The event "rec" is already being dispatched',
    });
    checked++;
  }
});
recursive.dispatchEvent(new Event('rec'));
assert.strictEqual(checked, 2);

// Subclasses of EventTarget dispatch to their own listeners.
class Emitter extends EventTarget {
  fire() { return this.dispatchEvent(new CustomEvent('fire', { detail: 7 })); }
}
const sub = new Emitter();
let detail;
sub.addEventListener('fire', (e) => { detail = e.detail; });
sub.fire();
assert.strictEqual(detail, 7);

// The type is matched as a string.
const typed = new EventTarget();
let numeric = 0;
typed.addEventListener(1, () => numeric++);
typed.dispatchEvent(new Event('1'));
assert.strictEqual(numeric, 1);
