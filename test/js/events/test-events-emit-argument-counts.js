'use strict';
// emit() hands a listener exactly the arguments it was given: emit() reads them by index and
// calls a single listener with .call() for up to three of them, else with an array (lib/events.js).
// arguments.length in the listener must match at every count, with one and with two listeners,
// and a captured rejection must see the same arguments.
const assert = require('assert');
const EventEmitter = require('events');

assert.strictEqual(EventEmitter.prototype.emit.length, 1);
for (let n = 0; n <= 6; n++) {
  const values = Array.from({ length: n }, (_, i) => ({ i }));
  for (const listeners of [1, 2]) {
    const e = new EventEmitter();
    const seen = [];
    for (let l = 0; l < listeners; l++) {
      e.on('ev', function() {
        assert.strictEqual(this, e);
        seen.push(Array.from(arguments));
      });
    }
    assert.strictEqual(e.emit('ev', ...values), true);
    assert.strictEqual(seen.length, listeners);
    for (const args of seen) {
      assert.strictEqual(args.length, n, `${n} arguments, ${listeners} listener(s)`);
      args.forEach((v, i) => assert.strictEqual(v, values[i]));
    }
  }
}
// Explicit undefined arguments count as arguments.
{
  const e = new EventEmitter();
  let count = -1;
  e.on('ev', function() { count = arguments.length; });
  e.emit('ev', undefined, undefined);
  assert.strictEqual(count, 2);
}
// emit() with no argument at all: the listener of `undefined` gets none.
{
  const e = new EventEmitter();
  let count = -1;
  e.on(undefined, function() { count = arguments.length; });
  assert.strictEqual(e.emit(), true);
  assert.strictEqual(count, 0);
}
// No listener: false, whatever the count.
assert.strictEqual(new EventEmitter().emit('none', 1, 2, 3, 4, 5), false);

// captureRejections: the rejection handler gets the emitted arguments (5 of them: the array path).
const e = new EventEmitter({ captureRejections: true });
const got = [];
e[EventEmitter.captureRejectionSymbol] = (err, type, ...args) => got.push([err.message, type, args]);
e.on('a', async () => { throw new Error('x'); });
e.on('b', async () => { throw new Error('y'); });
e.emit('a', 1, 2);
e.emit('b', 1, 2, 3, 4, 5);
setTimeout(() => {
  assert.deepStrictEqual(got, [['x', 'a', [1, 2]], ['y', 'b', [1, 2, 3, 4, 5]]]);
}, 10);
