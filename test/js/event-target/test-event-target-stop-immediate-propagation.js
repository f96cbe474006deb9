'use strict';
// stopImmediatePropagation() skips the remaining listeners of this dispatch only;
// stopPropagation() alone changes nothing with a single target.
const assert = require('assert');

const et = new EventTarget();
const calls = [];
et.addEventListener('x', (e) => { calls.push('a'); if (e.cancelable) e.stopImmediatePropagation(); });
et.addEventListener('x', () => calls.push('b'));

et.dispatchEvent(new Event('x', { cancelable: true }));
assert.deepStrictEqual(calls, ['a']);

calls.length = 0;
et.dispatchEvent(new Event('x'));
assert.deepStrictEqual(calls, ['a', 'b']);

// The stop shows as cancelBubble.
const ev = new Event('y');
const y = [];
et.addEventListener('y', (e) => { y.push(1); e.stopImmediatePropagation(); });
et.addEventListener('y', () => y.push(2));
et.dispatchEvent(ev);
assert.strictEqual(ev.cancelBubble, true);
assert.deepStrictEqual(y, [1]);

const p = [];
et.addEventListener('z', (e) => { p.push(1); e.stopPropagation(); });
et.addEventListener('z', () => p.push(2));
et.dispatchEvent(new Event('z'));
assert.deepStrictEqual(p, [1, 2]);

// The signal option's clean-up still happens after a stop on the signal's abort event.
const ac = new AbortController();
const target = new EventTarget();
let n = 0;
target.addEventListener('t', () => n++, { signal: ac.signal });
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
ac.abort();
target.dispatchEvent(new Event('t'));
assert.strictEqual(n, 0);
