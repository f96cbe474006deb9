'use strict';
// addEventListener options: once, capture (part of a listener's identity), passive, signal;
// boolean options; handleEvent objects; duplicates.
const assert = require('assert');
const { getEventListeners } = require('events');

{
  // once: removed before it runs.
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('x', () => n++, { once: true });
  et.dispatchEvent(new Event('x'));
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
}

{
  // Duplicates are ignored; capture makes a different listener; removal matches capture.
  const et = new EventTarget();
  let n = 0;
  const f = () => n++;
  et.addEventListener('x', f);
  et.addEventListener('x', f);
  et.addEventListener('x', f, { once: true });
  et.addEventListener('x', f, true);
  et.addEventListener('x', f, { capture: true });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 2);
  et.removeEventListener('x', f, true);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 3);
  et.removeEventListener('x', f, { capture: true });  // nothing left with capture
  et.removeEventListener('x', f);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 3);
  // Removing something never added is fine.
  et.removeEventListener('x', f);
  et.removeEventListener('nothing', f);
  et.removeEventListener('x', null);
}

{
  // passive listeners run like the others.
  const et = new EventTarget();
  let ran = false;
  et.addEventListener('x', () => { ran = true; }, { passive: true });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(ran, true);
}

{
  // handleEvent objects: called with the object as `this`; looked up at dispatch.
  const et = new EventTarget();
  const seen = [];
  const obj = {
    handleEvent(ev) {
      assert.strictEqual(this, obj);
      seen.push(ev.type);
    },
  };
  et.addEventListener('a', obj);
  et.addEventListener('a', obj);  // duplicate
  et.dispatchEvent(new Event('a'));
  obj.handleEvent = function(ev) { seen.push(`new ${ev.type}`); };
  et.dispatchEvent(new Event('a'));
  assert.deepStrictEqual(seen, ['a', 'new a']);
  et.removeEventListener('a', obj);
  et.dispatchEvent(new Event('a'));
  assert.deepStrictEqual(seen, ['a', 'new a']);
  // An object without handleEvent is accepted when added.
  et.addEventListener('b', {});
  assert.strictEqual(getEventListeners(et, 'b').length, 1);
}

{
  // signal: the listener goes away when the signal aborts.
  const et = new EventTarget();
  const ac = new AbortController();
  let n = 0;
  const f = () => n++;
  et.addEventListener('x', f, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);

  // An aborted signal: the listener is never added.
  et.addEventListener('x', f, { signal: AbortSignal.abort() });
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);

  // One signal for several listeners, including a listener on the signal itself.
  const ac2 = new AbortController();
  const g = () => {};
  et.addEventListener('y', f, { signal: ac2.signal });
  et.addEventListener('z', g, { signal: ac2.signal });
  let sawAbort = 0;
  ac2.signal.addEventListener('abort', () => sawAbort++, { signal: ac2.signal });
  ac2.abort();
  // The signal's own clean-up runs first and removes that listener before it is reached.
  assert.strictEqual(sawAbort, 0);
  assert.deepStrictEqual(getEventListeners(et, 'y'), []);
  assert.deepStrictEqual(getEventListeners(et, 'z'), []);
}

{
  // null options are allowed.
  const et = new EventTarget();
  let n = 0;
  et.addEventListener('x', () => n++, null);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(n, 1);
}
