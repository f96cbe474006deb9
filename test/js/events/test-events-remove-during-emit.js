'use strict';
// An emit calls the listeners registered when it started: listeners removed meanwhile still
// run, listeners added meanwhile do not.
const assert = require('assert');
const EventEmitter = require('events');

function run(count) {
  const e = new EventEmitter();
  e.setMaxListeners(0);
  const calls = [];
  const fns = [];
  for (let i = 0; i < count; i++) {
    fns.push(function() {
      calls.push(i);
      if (i === 0) {
        // Remove every other listener, including later ones, and add new ones.
        for (let j = 1; j < count; j++) e.removeListener('x', fns[j]);
        e.on('x', () => calls.push('added'));
        e.prependListener('x', () => calls.push('prepended'));
      }
    });
    e.on('x', fns[i]);
  }
  e.emit('x');
  const all = [];
  for (let i = 0; i < count; i++) all.push(i);
  assert.deepStrictEqual(calls, all, `first emit, ${count} listeners`);

  calls.length = 0;
  e.emit('x');
  // Listener 0 adds two more listeners again, which this emit does not run.
  assert.deepStrictEqual(calls, ['prepended', 0, 'added'], `second emit, ${count} listeners`);
  assert.strictEqual(e.listenerCount('x'), 5);
}
// Small and large listener lists (tide stores them differently).
for (const n of [1, 2, 3, 5, 16, 17, 18, 40]) run(n);

// removeAllListeners() during emit: the current emit still finishes.
{
  const e = new EventEmitter();
  const calls = [];
  e.on('y', () => { calls.push(1); e.removeAllListeners('y'); });
  e.on('y', () => calls.push(2));
  e.on('y', () => calls.push(3));
  e.emit('y');
  assert.deepStrictEqual(calls, [1, 2, 3]);
  assert.strictEqual(e.emit('y'), false);
}

// A listener removing itself.
{
  const e = new EventEmitter();
  const calls = [];
  function self() { calls.push('self'); e.off('z', self); }
  e.on('z', self);
  e.on('z', () => calls.push('other'));
  e.emit('z');
  e.emit('z');
  assert.deepStrictEqual(calls, ['self', 'other', 'other']);
}

// Removing during emit does not affect listeners of another event, and the arrays
// returned by listeners() are copies.
{
  const e = new EventEmitter();
  const a = () => {};
  const b = () => {};
  e.on('q', a);
  e.on('q', b);
  const copy = e.listeners('q');
  copy.pop();
  assert.deepStrictEqual(e.listeners('q'), [a, b]);
  e.removeListener('q', a);
  assert.deepStrictEqual(e.listeners('q'), [b]);
  assert.strictEqual(e._events.q, b);  // one listener is stored as a function
}

// Removing the same function twice removes the most recently added copy first.
{
  const e = new EventEmitter();
  const order = [];
  const f = () => order.push('f');
  const g = () => order.push('g');
  e.on('r', f);
  e.on('r', g);
  e.on('r', f);
  e.removeListener('r', f);
  e.emit('r');
  assert.deepStrictEqual(order, ['f', 'g']);
}
