'use strict';
// prependListener / prependOnceListener put listeners first; order with mixed adds.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
e.on('foo', () => order.push('on1'));
e.prependListener('foo', () => order.push('prepend1'));
e.prependOnceListener('foo', () => order.push('prependOnce'));
e.on('foo', () => order.push('on2'));
e.once('foo', () => order.push('once'));
e.prependListener('foo', () => order.push('prepend2'));
assert.strictEqual(e.prependListener('foo', () => {}), e);
e.removeListener('foo', e.rawListeners('foo')[0]);

e.emit('foo');
assert.deepStrictEqual(order,
                       ['prepend2', 'prependOnce', 'prepend1', 'on1', 'on2', 'once']);
order.length = 0;
e.emit('foo');
assert.deepStrictEqual(order, ['prepend2', 'prepend1', 'on1', 'on2']);

// Prepending to an empty or single-listener event.
const p = new EventEmitter();
const a = () => {};
const b = () => {};
p.prependListener('x', a);
assert.strictEqual(p._events.x, a);
p.prependListener('x', b);
assert.deepStrictEqual(p.listeners('x'), [b, a]);

// prependOnceListener: listeners() shows the original, rawListeners() the wrapper.
p.prependOnceListener('x', a);
assert.deepStrictEqual(p.listeners('x'), [a, b, a]);
assert.strictEqual(p.rawListeners('x')[0].listener, a);

assert.throws(() => p.prependListener('x', 'no'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => p.prependOnceListener('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });

// Long lists keep the order too.
const l = new EventEmitter();
l.setMaxListeners(100);
const seen = [];
for (let i = 0; i < 30; i++) l.on('n', () => seen.push(i));
for (let i = -1; i >= -30; i--) l.prependListener('n', () => seen.push(i));
l.emit('n');
const expected = [];
for (let i = -30; i < 30; i++) expected.push(i);
assert.deepStrictEqual(seen, expected);
