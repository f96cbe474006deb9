'use strict';
// events.addAbortListener(signal, listener): runs once on abort, or in a microtask when the
// signal is already aborted; the returned disposable removes it.
const assert = require('assert');
const EventEmitter = require('events');
const { addAbortListener } = EventEmitter;

let calls = 0;
{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, function(event) {
    calls++;
    assert.strictEqual(event.type, 'abort');
  });
  assert.strictEqual(typeof disposable[Symbol.dispose ?? Symbol.for('nodejs.dispose')], 'function');
  ac.abort();
  ac.abort();
}

{
  // Disposed before abort: never runs.
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, () => assert.fail('disposed listener ran'));
  disposable[Symbol.dispose ?? Symbol.for('nodejs.dispose')]();
  ac.abort();
}

let late = false;
{
  const signal = AbortSignal.abort();
  let sync = true;
  addAbortListener(signal, (...args) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(args.length, 0);
    late = true;
  });
  sync = false;
}

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortListener(new AbortController().signal, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'x\')',
});

process.on('exit', () => {
  assert.strictEqual(calls, 1);
  assert.strictEqual(late, true);
});
