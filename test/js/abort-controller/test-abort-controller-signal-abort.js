'use strict';
// AbortSignal.abort(reason): an already aborted signal; throwIfAborted().
const assert = require('assert');

const s = AbortSignal.abort();
assert.strictEqual(s.aborted, true);
assert.ok(s.reason instanceof DOMException);
assert.strictEqual(s.reason.name, 'AbortError');
assert.strictEqual(s.reason.message, 'This operation was aborted');
assert.throws(() => s.throwIfAborted(), { name: 'AbortError', code: 20 });
// Each call makes a new reason.
assert.notStrictEqual(AbortSignal.abort().reason, AbortSignal.abort().reason);

const r = AbortSignal.abort('custom');
assert.strictEqual(r.reason, 'custom');
assert.strictEqual(AbortSignal.abort(null).reason, null);
assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
const err = new Error('mine');
assert.throws(() => AbortSignal.abort(err).throwIfAborted(), (e) => e === err);

// No 'abort' event is fired later for a signal born aborted.
let fired = false;
const born = AbortSignal.abort();
born.addEventListener('abort', () => { fired = true; });
born.onabort = () => { fired = true; };
setImmediate(() => assert.strictEqual(fired, false));
