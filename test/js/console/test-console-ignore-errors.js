'use strict';
// ignoreErrors (default true): a write that throws, an 'error' emitted during the write, and an
// error reported later through the write callback (then emitted once) are all swallowed; with
// ignoreErrors false the write's exception reaches the caller. A stack overflow is never swallowed.

const assert = require('assert');
const { Console } = require('console');

// A fake stream with just enough of EventEmitter for 'error' (what Node's Console touches), and a
// _writableState as a Writable has.
function errorStream(write) {
  const listeners = [];
  return {
    _writableState: { errorEmitted: false },
    write,
    listenerCount(name) { return name === 'error' ? listeners.length : 0; },
    on(name, fn) { if (name === 'error') listeners.push({ fn, once: false }); return this; },
    once(name, fn) { if (name === 'error') listeners.push({ fn, once: true }); return this; },
    removeListener(name, fn) {
      const i = listeners.findIndex((l) => l.fn === fn);
      if (name === 'error' && i !== -1) listeners.splice(i, 1);
      return this;
    },
    emitError(err) {
      if (listeners.length === 0) throw err;  // like an unhandled 'error' event
      for (const l of [...listeners]) {
        if (l.once) listeners.splice(listeners.indexOf(l), 1);
        l.fn.call(this, err);
      }
    },
  };
}

const boom = new Error('boom');
function throwingWrite() { throw boom; }

// A throwing write is swallowed by default, on both streams.
{
  const stream = errorStream(throwingWrite);
  const console = new Console(stream);
  assert.strictEqual(console.log('x'), undefined);
  console.error('y');
  console.table([{ a: 1 }]);
  assert.strictEqual(stream.listenerCount('error'), 0);
}

// With ignoreErrors false it is not, whichever way the option is given.
{
  const stream = errorStream(throwingWrite);
  for (const console of [new Console(stream, stream, false),
                         new Console({ stdout: stream, ignoreErrors: false })]) {
    assert.throws(() => console.log('x'), (err) => err === boom);
    assert.throws(() => console.warn('x'), (err) => err === boom);
  }
}

// An 'error' emitted synchronously by write, with nobody listening, is swallowed.
{
  const stream = errorStream(function write() { this.emitError(new Error('sync')); return false; });
  const console = new Console(stream);
  console.log('x');
  assert.strictEqual(stream.listenerCount('error'), 0);
}

// An error reported later through the write callback: the console listens for the one 'error'
// event that follows, and only that one.
{
  let pending;
  const stream = errorStream(function write(chunk, callback) { pending = callback; return true; });
  const console = new Console(stream);
  console.log('x');
  assert.strictEqual(typeof pending, 'function');
  assert.strictEqual(stream.listenerCount('error'), 0);
  const err = new Error('async');
  pending(err);
  assert.strictEqual(stream.listenerCount('error'), 1);
  stream.emitError(err);  // swallowed
  assert.strictEqual(stream.listenerCount('error'), 0);
  assert.throws(() => stream.emitError(new Error('later')), /later/);  // others are not

  // A successful write adds nothing.
  console.log('y');
  pending(null);
  assert.strictEqual(stream.listenerCount('error'), 0);

  // Nor does a failing one when someone already listens for 'error'.
  const seen = [];
  stream.on('error', (e) => seen.push(e.message));
  console.log('z');
  pending(new Error('handled'));
  assert.strictEqual(stream.listenerCount('error'), 1);
  stream.emitError(new Error('handled'));
  assert.deepStrictEqual(seen, ['handled']);
}

// A stack overflow is rethrown even when errors are ignored.
{
  let overflow;
  function recurse() { recurse(); }
  try {
    recurse();
  } catch (err) {
    overflow = err;
  }
  assert.ok(overflow instanceof RangeError);
  const console = new Console(errorStream(() => { throw overflow; }));
  assert.throws(() => console.log('x'), (err) => err === overflow);
}
