'use strict';
// AbortSignal.any(signals): follows the first of its sources to abort, with that reason.
const assert = require('assert');

{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  assert.strictEqual(any.aborted, false);
  let fired = 0;
  any.addEventListener('abort', () => fired++);
  b.abort('B');
  a.abort('A');
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(any.reason, 'B');
  assert.strictEqual(fired, 1);
}

{
  // Already aborted sources: the first aborted one in the list gives the reason, no event.
  const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort(1),
    AbortSignal.abort(2)]);
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason, 1);
}

{
  // No sources: never aborts. A new signal each time.
  const s = AbortSignal.any([]);
  assert.strictEqual(s.aborted, false);
  assert.notStrictEqual(AbortSignal.any([]), s);
}

{
  // Nested: an any() of an any() follows the original sources.
  const root = new AbortController();
  const inner = AbortSignal.any([root.signal]);
  const outer = AbortSignal.any([inner]);
  const order = [];
  inner.addEventListener('abort', () => order.push('inner'));
  outer.addEventListener('abort', () => order.push('outer'));
  root.abort('deep');
  assert.strictEqual(outer.reason, 'deep');
  assert.strictEqual(inner.reason, 'deep');
  assert.deepStrictEqual(order.sort(), ['inner', 'outer']);
}

{
  // The same signal twice is fine.
  const c = new AbortController();
  const s = AbortSignal.any([c.signal, c.signal]);
  let n = 0;
  s.onabort = () => n++;
  c.abort();
  assert.strictEqual(n, 1);
  assert.strictEqual(s.reason.name, 'AbortError');
}

{
  // With a timeout source.
  const s = AbortSignal.any([new AbortController().signal, AbortSignal.timeout(10)]);
  s.onabort = () => {
    assert.strictEqual(s.reason.name, 'TimeoutError');
    done = true;
  };
}
let done = false;
setTimeout(() => assert.strictEqual(done, true), 300);

assert.throws(() => AbortSignal.any(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received undefined',
});
assert.throws(() => AbortSignal.any(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. Received type number (1)',
});
assert.throws(() => AbortSignal.any([new AbortController().signal, null]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. Received null',
});
