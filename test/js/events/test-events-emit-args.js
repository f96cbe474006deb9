'use strict';
// emit(): passes exactly the arguments given (arguments.length included), with the emitter as
// `this`, to every listener; returns whether there were listeners.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
for (let n = 0; n <= 8; n++) {
  const args = [];
  for (let i = 0; i < n; i++) args.push(i === 1 ? undefined : { i });
  let one;
  let two = [];
  const single = new EventEmitter();
  single.on('x', function() {
    assert.strictEqual(this, single);
    one = [...arguments];
  });
  assert.strictEqual(single.emit('x', ...args), true);
  assert.strictEqual(one.length, n);
  assert.deepStrictEqual(one, args);

  e.removeAllListeners('x');
  e.on('x', function() { assert.strictEqual(this, e); two.push(arguments.length); });
  e.on('x', function() { two.push([...arguments]); });
  e.on('x', (...rest) => two.push(rest.length));
  assert.strictEqual(e.emit('x', ...args), true);
  assert.deepStrictEqual(two, [n, args, n]);
  two = [];
}

// No listeners.
assert.strictEqual(e.emit('nothing'), false);
assert.strictEqual(e.emit('nothing', 1, 2, 3, 4, 5), false);

// An explicit undefined argument is an argument.
e.on('u', function() { assert.strictEqual(arguments.length, 1); });
e.emit('u', undefined);

// Listener return values are ignored without captureRejections.
e.on('r', () => 42);
assert.strictEqual(e.emit('r'), true);

// Symbols and the emitter-less event name (emit() with no arguments).
const sym = Symbol('sym');
let symCalls = 0;
e.on(sym, () => symCalls++);
e.emit(sym);
assert.strictEqual(symCalls, 1);
let undefCalls = 0;
e.on(undefined, function() { undefCalls++; assert.strictEqual(arguments.length, 0); });
e.emit();
assert.strictEqual(undefCalls, 1);

// A throwing listener stops the emit and propagates.
const t = new EventEmitter();
const after = [];
t.on('x', () => { throw new Error('stop'); });
t.on('x', () => after.push(1));
assert.throws(() => t.emit('x'), /stop/);
assert.deepStrictEqual(after, []);
t.emit('y');

// Listener added with addListener is the same as on.
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
