'use strict';
// emitter.listenerCount(type[, listener]) and the deprecated static listenerCount().
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => {};
const g = () => {};
assert.strictEqual(e.listenerCount('x'), 0);
assert.strictEqual(e.listenerCount('x', f), 0);
e.on('x', f);
assert.strictEqual(e.listenerCount('x'), 1);
assert.strictEqual(e.listenerCount('x', f), 1);
assert.strictEqual(e.listenerCount('x', g), 0);
e.on('x', g);
e.once('x', f);
assert.strictEqual(e.listenerCount('x'), 3);
assert.strictEqual(e.listenerCount('x', f), 2);  // counts once wrappers by their listener
assert.strictEqual(e.listenerCount('x', g), 1);
assert.strictEqual(e.listenerCount('x', null), 3);
assert.strictEqual(e.listenerCount('y'), 0);

const sym = Symbol('s');
e.once(sym, g);
assert.strictEqual(e.listenerCount(sym, g), 1);
assert.strictEqual(e.listenerCount(sym, e.rawListeners(sym)[0]), 1);

assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 3);
// Objects without a listenerCount method are counted from _events.
const fake = { _events: { a: [f, g], b: f } };
assert.strictEqual(EventEmitter.listenerCount(fake, 'a'), 2);
assert.strictEqual(EventEmitter.listenerCount(fake, 'b'), 1);
assert.strictEqual(EventEmitter.listenerCount(fake, 'c'), 0);
// Objects with one use it.
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: (t) => `n:${t}` }, 'q'), 'n:q');
