'use strict';
// 'newListener' is emitted before a listener is added (with the original of a once
// listener); 'removeListener' after one is removed.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const added = [];
const f = () => {};
const g = () => {};
e.on('newListener', function(type, listener) {
  assert.strictEqual(this, e);
  // Not yet added.
  added.push([type, listener, e.listenerCount(type)]);
});
e.on('x', f);
e.once('x', g);
e.prependListener('y', f);
assert.deepStrictEqual(added, [
  ['newListener', added[0][1], 0],  // the 'newListener' listener itself is not announced
  ['x', f, 0],
  ['x', g, 1],
  ['y', f, 0],
].slice(1));

// A newListener listener that adds a listener for the same event: that one comes first.
{
  const e2 = new EventEmitter();
  const order = [];
  e2.once('newListener', (type) => {
    if (type === 'hello') e2.on('hello', () => order.push('added in newListener'));
  });
  e2.on('hello', () => order.push('original'));
  e2.emit('hello');
  assert.deepStrictEqual(order, ['added in newListener', 'original']);
}

// A newListener listener that calls removeAllListeners() does not break the add.
{
  const e3 = new EventEmitter();
  e3.on('newListener', function onNew(type) {
    if (type === 'z') this.removeAllListeners();
  });
  e3.on('z', f);
  assert.deepStrictEqual(e3.listeners('z'), [f]);
  assert.deepStrictEqual(e3.listeners('newListener'), []);
  assert.strictEqual(e3._eventsCount, 1);
}

// 'removeListener'.
{
  const e4 = new EventEmitter();
  const removed = [];
  e4.on('removeListener', function(type, listener) {
    assert.strictEqual(this, e4);
    removed.push([type, listener, e4.listenerCount(type)]);
  });
  e4.on('a', f);
  e4.on('b', f);
  e4.on('b', g);
  e4.once('c', g);
  e4.removeListener('a', f);
  e4.removeListener('b', g);
  e4.off('b', f);
  e4.emit('c');                  // once wrapper removal reports the original
  e4.removeListener('zz', f);    // nothing to remove: no event
  e4.removeListener('b', f);     // already gone: no event
  assert.deepStrictEqual(removed, [
    ['a', f, 0],
    ['b', g, 1],
    ['b', f, 0],
    ['c', g, 0],
  ]);
}
