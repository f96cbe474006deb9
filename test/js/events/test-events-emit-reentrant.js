'use strict';
// Nested emits of the same event, and listeners that throw, leave the listener lists right.
const assert = require('assert');
const EventEmitter = require('events');

// Nested emit of the same event, with a removal in the inner one.
{
  const e = new EventEmitter();
  const calls = [];
  let depth = 0;
  function a() {
    calls.push(`a${depth}`);
    if (depth === 0) {
      depth++;
      e.emit('x');
      depth--;
    }
  }
  function b() {
    calls.push(`b${depth}`);
    if (depth === 1) e.removeListener('x', c);
  }
  function c() { calls.push(`c${depth}`); }
  e.on('x', a);
  e.on('x', b);
  e.on('x', c);
  e.emit('x');
  // The inner emit started before the removal, so both emits still call c.
  assert.deepStrictEqual(calls, ['a0', 'a1', 'b1', 'c1', 'b0', 'c0']);
  assert.deepStrictEqual(e.listeners('x'), [a, b]);
}

// A throwing listener: later changes to that list are seen by later emits.
{
  const e = new EventEmitter();
  const calls = [];
  let fail = true;
  e.on('y', () => { calls.push(1); if (fail) throw new Error('first'); });
  e.on('y', () => calls.push(2));
  assert.throws(() => e.emit('y'), /first/);
  fail = false;
  const third = () => calls.push(3);
  e.on('y', third);
  e.emit('y');
  assert.deepStrictEqual(calls, [1, 1, 2, 3]);
  e.removeListener('y', third);
  calls.length = 0;
  e.emit('y');
  assert.deepStrictEqual(calls, [1, 2]);
}

// Adding to one event while another is being emitted.
{
  const e = new EventEmitter();
  const calls = [];
  e.on('p', () => { calls.push('p1'); e.on('q', () => calls.push('q-new')); });
  e.on('p', () => { calls.push('p2'); e.emit('q'); });
  e.on('q', () => calls.push('q1'));
  e.on('q', () => calls.push('q2'));
  e.emit('p');
  assert.deepStrictEqual(calls, ['p1', 'p2', 'q1', 'q2', 'q-new']);
}

// Listeners added during an emit run on the next one, in order, for long lists too.
{
  const e = new EventEmitter();
  e.setMaxListeners(0);
  let added = 0;
  for (let i = 0; i < 30; i++) {
    e.on('z', () => { if (added < 30) { added++; e.on('z', () => {}); } });
  }
  e.emit('z');
  assert.strictEqual(e.listenerCount('z'), 60);
}

// The MaxListeners warning is given once per list even when the list is copied during emit.
{
  const warnings = [];
  process.on('warning', (w) => warnings.push(w));
  const e = new EventEmitter();
  e.setMaxListeners(2);
  e.on('w', () => e.on('w', () => {}));
  e.on('w', () => {});
  e.emit('w');  // 3 listeners: warns
  e.emit('w');  // copies while emitting: no second warning
  process.on('exit', () => {
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].count, 3);
  });
}
