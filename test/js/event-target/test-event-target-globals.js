'use strict';
// The globals: present, not enumerable, writable and configurable, the same object as
// everywhere; EventTarget carries Node's brand symbol.
const assert = require('assert');

for (const name of ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal',
  'DOMException']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
  assert.ok(!Object.keys(globalThis).includes(name), name);
  assert.strictEqual(globalThis[name], globalThis[name]);
}
assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
assert.ok(AbortSignal.prototype instanceof EventTarget);
assert.ok(new AbortController().signal instanceof EventTarget);

// Replaceable, as in Node.
const saved = globalThis.Event;
globalThis.Event = 1;
assert.strictEqual(Event, 1);
globalThis.Event = saved;
assert.strictEqual(typeof Event, 'function');
