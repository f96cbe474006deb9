'use strict';
// removeAllListeners([type]): 'removeListener' is emitted for every listener, last added first;
// 'removeListener' listeners themselves are removed last.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const f1 = () => {};
const f2 = () => {};
const f3 = () => {};
e.on('foo', f1);
e.on('foo', f2);
e.once('foo', f3);
e.on('bar', f1);
e.on('baz', f2);
const removed = [];
function onRemove(type, listener) { removed.push([type, listener]); }
e.on('removeListener', onRemove);

assert.strictEqual(e.removeAllListeners('foo'), e);
// The once listener is reported as its wrapper (as in Node).
assert.strictEqual(removed[0][1].listener, f3);
assert.deepStrictEqual(removed.slice(1), [['foo', f2], ['foo', f1]]);
assert.deepStrictEqual(e.eventNames(), ['bar', 'baz', 'removeListener']);

removed.length = 0;
e.removeAllListeners();
// The 'removeListener' listener goes last, and is gone before it could hear about itself.
assert.deepStrictEqual(removed, [['bar', f1], ['baz', f2]]);
assert.deepStrictEqual(e.eventNames(), []);
assert.strictEqual(e._eventsCount, 0);
assert.deepStrictEqual(Object.keys(e._events), []);

// Without 'removeListener' listeners.
const q = new EventEmitter();
q.on('a', f1);
q.on('b', f1);
q.on('b', f2);
q.removeAllListeners('a');
assert.strictEqual(q._eventsCount, 1);
assert.deepStrictEqual(q.eventNames(), ['b']);
q.removeAllListeners('nothing');
assert.strictEqual(q._eventsCount, 1);
q.removeAllListeners('b');
assert.strictEqual(q._eventsCount, 0);
q.on('c', f1);
q.removeAllListeners();
assert.deepStrictEqual(q.eventNames(), []);

// removeAllListeners(undefined) removes the 'undefined' event only.
const u = new EventEmitter();
u.on('undefined', f1);
u.on('x', f1);
u.removeAllListeners(undefined);
assert.deepStrictEqual(u.eventNames(), ['x']);

// On an emitter that never had a listener.
const bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.removeAllListeners(), bare);
assert.strictEqual(bare.removeListener('x', f1), bare);
