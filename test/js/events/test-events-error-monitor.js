'use strict';
// errorMonitor listeners run before 'error' listeners and do not count as handling the error.
const assert = require('assert');
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

assert.strictEqual(typeof errorMonitor, 'symbol');
assert.strictEqual(errorMonitor.toString(), 'Symbol(events.errorMonitor)');

const e = new EventEmitter();
const order = [];
const err = new Error('x');
e.on(errorMonitor, (er, extra) => {
  assert.strictEqual(er, err);
  assert.strictEqual(extra, 'extra');
  order.push('monitor');
});
assert.throws(() => e.emit('error', err, 'extra'), (thrown) => thrown === err);
assert.deepStrictEqual(order, ['monitor']);

e.on('error', () => order.push('error'));
assert.strictEqual(e.emit('error', err, 'extra'), true);
assert.deepStrictEqual(order, ['monitor', 'monitor', 'error']);

// Emitting the monitor symbol directly does not reach 'error' listeners.
e.emit(errorMonitor, err, 'extra');
assert.deepStrictEqual(order, ['monitor', 'monitor', 'error', 'monitor']);

// Non-Error values also reach the monitor before ERR_UNHANDLED_ERROR is thrown.
const f = new EventEmitter();
let monitored;
f.on(errorMonitor, (v) => { monitored = v; });
assert.throws(() => f.emit('error', 'str'), { code: 'ERR_UNHANDLED_ERROR' });
assert.strictEqual(monitored, 'str');
