'use strict';
// An emitter's listener table is a null-prototype object from construction on and after every
// way of emptying it (Node's `{ __proto__: null }`; tide makes it with Object.create(null), which
// a program replacing Object.create must not affect).
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

function check(e, what) {
  assert.strictEqual(Object.getPrototypeOf(e._events), null, what);
  assert.deepStrictEqual(Reflect.ownKeys(e._events), [], what);
  assert.strictEqual(e._eventsCount, 0, what);
  assert.strictEqual(util.inspect(e._events), '[Object: null prototype] {}', what);
}

const realCreate = Object.create;
Object.create = () => { throw new Error('user Object.create called'); };
try {
  const e = new EventEmitter();
  check(e, 'new');
  const f = () => {};
  e.on('a', f);
  e.removeListener('a', f);
  check(e, 'removeListener of the last listener');
  e.on('a', f);
  e.on('b', f);
  e.removeAllListeners();
  check(e, 'removeAllListeners()');
  e.on('a', f);
  e.removeAllListeners('a');
  check(e, "removeAllListeners('a')");
  e.on('removeListener', () => {});
  e.on('a', f);
  e.removeAllListeners();
  check(e, "removeAllListeners() with a 'removeListener' listener");

  // An object that never ran the constructor gets its table on the first listener.
  const o = Object.setPrototypeOf({}, EventEmitter.prototype);
  o.on('x', f);
  assert.strictEqual(Object.getPrototypeOf(o._events), null);
  assert.deepStrictEqual(Object.keys(o._events), ['x']);

  // Each emitter has its own table.
  const a = new EventEmitter();
  const b = new EventEmitter();
  assert.notStrictEqual(a._events, b._events);
  a.on('x', f);
  assert.strictEqual(b.listenerCount('x'), 0);
  assert.strictEqual(util.inspect(new EventEmitter(), { depth: 0 }).split('\n')[1].trim(),
                     '_events: [Object: null prototype] {},');
} finally {
  Object.create = realCreate;
}
