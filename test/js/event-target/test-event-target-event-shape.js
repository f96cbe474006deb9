'use strict';
// The WebIDL shape of Event, CustomEvent and EventTarget: enumerable accessors and methods,
// isTrusted unforgeable, toStringTag, lengths; and the brand checks behind them.
const assert = require('assert');

const accessors = ['target', 'currentTarget', 'srcElement', 'type', 'cancelable',
  'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed', 'eventPhase',
  'cancelBubble', 'isTrusted'];
const methods = ['stopImmediatePropagation', 'preventDefault', 'composedPath', 'stopPropagation'];
for (const key of accessors) {
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  assert.strictEqual(typeof desc.get, 'function', key);
  assert.strictEqual(desc.enumerable, true, key);
}
for (const key of methods) {
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  assert.strictEqual(typeof desc.value, 'function', key);
  assert.strictEqual(desc.enumerable, true, key);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable,
                   false);
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set,
                   'function');
assert.deepStrictEqual(Object.getOwnPropertyNames(new Event('x')), []);
for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(EventTarget.prototype, key).enumerable, true);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').enumerable,
                   true);

assert.strictEqual(Object.prototype.toString.call(new Event('x')), '[object Event]');
assert.strictEqual(Object.prototype.toString.call(new CustomEvent('x')), '[object CustomEvent]');
assert.strictEqual(Object.prototype.toString.call(new EventTarget()), '[object EventTarget]');
assert.strictEqual(Event.length, 1);
assert.strictEqual(CustomEvent.length, 1);
assert.strictEqual(EventTarget.length, 0);
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);

// A subclass of Event is an Event to EventTarget.
class MyEvent extends Event {
  constructor() { super('mine'); }
}
const et = new EventTarget();
let seen;
et.addEventListener('mine', (ev) => { seen = ev; });
const mine = new MyEvent();
et.dispatchEvent(mine);
assert.strictEqual(seen, mine);

// Brand checks.
const invalidEvent = { name: 'TypeError', code: 'ERR_INVALID_THIS',
                       message: 'Value of "this" must be of type Event' };
for (const key of accessors) {
  if (key === 'isTrusted') continue;
  const { get } = Object.getOwnPropertyDescriptor(Event.prototype, key);
  assert.throws(() => get.call({}), invalidEvent, key);
}
for (const key of methods) {
  assert.throws(() => Event.prototype[key].call({}), invalidEvent, key);
}
assert.throws(() => Event.prototype.type, invalidEvent);
const { get: detail } = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail');
assert.throws(() => detail.call(new Event('x')), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CustomEvent',
});
const invalidTarget = { name: 'TypeError', code: 'ERR_INVALID_THIS',
                        message: 'Value of "this" must be of type EventTarget' };
assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), invalidTarget);
assert.throws(() => EventTarget.prototype.removeEventListener.call({}, 'x', () => {}),
              invalidTarget);
assert.throws(() => EventTarget.prototype.dispatchEvent.call({}, new Event('x')), invalidTarget);
