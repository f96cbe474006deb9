'use strict';
// removeAllListeners(type) on a stream (whose _events table is pre-shaped) keeps the table in
// fast mode, as removeListener does, and what listeners see is unchanged: the HTTP server drops a
// request's 'data' listeners this way for every request that had any. (Node deletes the slot, so
// under node v20 the fast-mode assertion fails: it is tide's; the rest holds in both.)
const assert = require('assert');
const { Readable } = require('stream');
const EventEmitter = require('events');

const r = new Readable({ read() {} });
const onData = () => {};
r.on('data', onData);
r.on('data', () => {});
r.on('custom', () => {});
assert.ok(%HasFastProperties(r._events));
r.removeAllListeners('data');
assert.ok(%HasFastProperties(r._events), 'the shaped table stayed fast');
assert.strictEqual(r.listenerCount('data'), 0);
assert.deepStrictEqual(r.eventNames(), ['custom']);
r.removeAllListeners('custom');
assert.deepStrictEqual(r.eventNames(), []);
assert.strictEqual(r._eventsCount, 0);
// Listeners added again work as before.
let got = 0;
r.on('data', () => got++);
r.push('x');
setImmediate(() => {
  assert.strictEqual(got, 1);
  // A plain emitter (no pre-shaped table) still deletes, and resets when empty.
  const e = new EventEmitter();
  e.on('a', () => {});
  e.on('b', () => {});
  e.removeAllListeners('a');
  assert.deepStrictEqual(Object.keys(e._events), ['b']);
  e.removeAllListeners('b');
  assert.strictEqual(Object.getPrototypeOf(e._events), null);
  assert.deepStrictEqual(Object.keys(e._events), []);
});
