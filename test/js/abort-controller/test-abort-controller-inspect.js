'use strict';
// util.inspect of controllers and signals, as Node prints them.
const assert = require('assert');
const util = require('util');

const ac = new AbortController();
assert.strictEqual(util.inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: false }');
assert.strictEqual(util.inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(util.inspect(ac, { depth: -1 }), 'AbortController {}');
assert.strictEqual(util.inspect(ac.signal, { depth: -1 }), '[AbortSignal]');
assert.strictEqual(util.inspect([ac.signal], { depth: 0 }), '[ [AbortSignal] ]');
ac.abort();
assert.strictEqual(util.inspect(ac.signal), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect({ s: AbortSignal.timeout(1000) }),
                   '{ s: AbortSignal { aborted: false } }');
// An onabort handler does not show.
const h = new AbortController();
h.signal.onabort = () => {};
assert.strictEqual(util.inspect(h.signal), 'AbortSignal { aborted: false }');
