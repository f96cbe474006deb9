'use strict';
// eventNames(): strings and symbols in insertion order, only names with listeners.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const s = Symbol('s');
const f = () => {};
assert.deepStrictEqual(e.eventNames(), []);
e.on('foo', f);
e.on(s, f);
e.on('bar', f);
e.on('foo', f);
assert.deepStrictEqual(e.eventNames(), ['foo', 'bar', s]);  // Reflect.ownKeys order
e.removeListener('bar', f);
assert.deepStrictEqual(e.eventNames(), ['foo', s]);
e.removeListener('foo', f);
assert.deepStrictEqual(e.eventNames(), ['foo', s]);
e.removeListener('foo', f);
e.removeListener(s, f);
assert.deepStrictEqual(e.eventNames(), []);

// Numeric-like names come first, as property keys do.
const n = new EventEmitter();
n.on('b', f);
n.on('1', f);
n.on(2, f);
assert.deepStrictEqual(n.eventNames(), ['1', '2', 'b']);
assert.strictEqual(n.listenerCount(1), 1);
assert.strictEqual(n.emit(2), true);
