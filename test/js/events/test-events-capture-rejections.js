'use strict';
// captureRejections: a rejected promise returned by a listener becomes an 'error' event, or
// a call of emitter[Symbol.for('nodejs.rejection')](err, type, ...args) when defined.
const assert = require('assert');
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

const results = [];

{
  // Option: rejection emitted as 'error', on a later tick.
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('kaboom');
  ee.on('something', async (value) => {
    assert.strictEqual(value, 42);
    throw err;
  });
  let sync = true;
  ee.on('error', (e) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(e, err);
    results.push('error-event');
  });
  ee.emit('something', 42);
  sync = false;
}

{
  // The rejection symbol method receives the error, the event name and the arguments.
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('sym');
  ee[captureRejectionSymbol] = function(e, type, ...args) {
    assert.strictEqual(this, ee);
    assert.strictEqual(e, err);
    assert.strictEqual(type, 'evt');
    assert.deepStrictEqual(args, [1, 2, 3, 4, 5]);
    results.push('symbol');
  };
  ee.on('evt', () => Promise.reject(err));
  ee.emit('evt', 1, 2, 3, 4, 5);
}

{
  // Several listeners: each rejection is reported.
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('m', async () => { throw new Error('a'); });
  ee.on('m', async () => { throw new Error('b'); });
  ee.on('error', (e) => results.push(`multi-${e.message}`));
  ee.emit('m');
}

{
  // A thenable whose `then` getter throws: emitted as 'error' synchronously.
  const ee = new EventEmitter({ captureRejections: true });
  const err = new Error('getter');
  ee.on('error', (e) => { assert.strictEqual(e, err); results.push('then-getter'); });
  ee.on('t', () => ({ get then() { throw err; } }));
  ee.emit('t');
  assert.ok(results.includes('then-getter'));
}

{
  // Without the option, returned promises are ignored (the rejection is handled here).
  const ee = new EventEmitter();
  const p = Promise.reject(new Error('ignored'));
  p.catch(() => results.push('ignored-handled'));
  ee.on('x', () => p);
  ee.on('error', () => assert.fail('error emitted without captureRejections'));
  ee.emit('x');
}

{
  // Resolved promises and non-promise values are fine.
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('error', () => assert.fail('unexpected error'));
  ee.on('ok', async () => 1);
  ee.on('ok', () => 5);
  ee.on('ok', () => null);
  ee.emit('ok');
}

{
  // The static default applies to emitters created afterwards.
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  EventEmitter.captureRejections = false;
  const ee2 = new EventEmitter();
  ee.on('s', async () => { throw new Error('static'); });
  ee.on('error', (e) => results.push(`static-${e.message}`));
  ee2.on('s', () => undefined);
  ee2.emit('s');
  ee.emit('s');
}

assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. ' +
           'Received type number (1)',
});
assert.throws(() => { EventEmitter.captureRejections = 'yes'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
});
// A falsy non-boolean is not validated (as in Node).
new EventEmitter({ captureRejections: 0 });

process.on('exit', () => {
  assert.deepStrictEqual(results.sort(), [
    'error-event', 'ignored-handled', 'multi-a', 'multi-b', 'static-static', 'symbol',
    'then-getter',
  ]);
});
