'use strict';
// AbortController#abort(reason): the signal's state, the 'abort' event (trusted, once), onabort,
// the default reason.
const assert = require('assert');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(ac.signal, signal);
assert.ok(signal instanceof AbortSignal);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
assert.strictEqual(signal.onabort, null);
signal.throwIfAborted();

const events = [];
signal.onabort = function(e) {
  assert.strictEqual(this, signal);
  events.push(['onabort', e.type, e.isTrusted]);
};
signal.addEventListener('abort', (e) => {
  // The state is already aborted when listeners run.
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(e.target, signal);
  events.push(['listener', e.type, e.isTrusted]);
});

ac.abort();
ac.abort('again');  // no effect once aborted
assert.deepStrictEqual(events, [['onabort', 'abort', true], ['listener', 'abort', true]]);
assert.strictEqual(signal.aborted, true);

const reason = signal.reason;
assert.ok(reason instanceof DOMException);
assert.strictEqual(reason.name, 'AbortError');
assert.strictEqual(reason.message, 'This operation was aborted');
assert.strictEqual(reason.code, 20);
assert.throws(() => signal.throwIfAborted(), (err) => err === reason);

// Any value can be the reason, including falsy ones; undefined means the default.
for (const value of [0, '', null, false, 'why', { custom: true }]) {
  const c = new AbortController();
  c.abort(value);
  assert.strictEqual(c.signal.reason, value);
  assert.throws(() => c.signal.throwIfAborted(), (err) => err === value);
}
const u = new AbortController();
u.abort(undefined);
assert.strictEqual(u.signal.reason.name, 'AbortError');

// abort() before the signal was ever read.
const early = new AbortController();
early.abort('first');
assert.strictEqual(early.signal.aborted, true);
assert.strictEqual(early.signal.reason, 'first');

// onabort: replacing the handler keeps one registration; null removes it.
const h = new AbortController();
let calls = '';
h.signal.onabort = () => { calls += 'a'; };
h.signal.onabort = () => { calls += 'b'; };
assert.strictEqual(require('events').getEventListeners(h.signal, 'abort').length, 1);
const keep = () => { calls += 'k'; };
h.signal.onabort = null;
assert.strictEqual(h.signal.onabort, null);
h.signal.onabort = keep;
assert.strictEqual(h.signal.onabort, keep);
h.abort();
assert.strictEqual(calls, 'k');

// Listeners added after the abort never run: the event fires once.
let late = 0;
h.signal.addEventListener('abort', () => late++);
h.abort();
assert.strictEqual(late, 0);
