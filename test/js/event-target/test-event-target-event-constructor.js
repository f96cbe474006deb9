'use strict';
// new Event(type, options) and new CustomEvent(type, options): defaults, options, errors.
const assert = require('assert');

const e = new Event('foo');
assert.strictEqual(e.type, 'foo');
assert.strictEqual(e.bubbles, false);
assert.strictEqual(e.cancelable, false);
assert.strictEqual(e.composed, false);
assert.strictEqual(e.defaultPrevented, false);
assert.strictEqual(e.returnValue, true);
assert.strictEqual(e.isTrusted, false);
assert.strictEqual(e.eventPhase, Event.NONE);
assert.strictEqual(e.target, null);
assert.strictEqual(e.currentTarget, null);
assert.strictEqual(e.srcElement, null);
assert.strictEqual(e.cancelBubble, false);
assert.deepStrictEqual(e.composedPath(), []);
assert.strictEqual(typeof e.timeStamp, 'number');
assert.ok(e.timeStamp > 0 && e.timeStamp <= performance.now());

// The type is converted to a string; options are read as booleans.
assert.strictEqual(new Event(1).type, '1');
assert.strictEqual(new Event(undefined).type, 'undefined');
const full = new Event('x', { bubbles: 1, cancelable: 'yes', composed: {} });
assert.strictEqual(full.bubbles, true);
assert.strictEqual(full.cancelable, true);
assert.strictEqual(full.composed, true);
assert.strictEqual(new Event('x', null).cancelable, false);
assert.strictEqual(new Event('x', undefined).cancelable, false);

// preventDefault only counts on cancelable events.
e.preventDefault();
assert.strictEqual(e.defaultPrevented, false);
full.preventDefault();
assert.strictEqual(full.defaultPrevented, true);
assert.strictEqual(full.returnValue, false);

// cancelBubble and stopPropagation.
const c = new Event('x');
c.cancelBubble = false;
assert.strictEqual(c.cancelBubble, false);
c.cancelBubble = true;
assert.strictEqual(c.cancelBubble, true);
const s = new Event('x');
s.stopPropagation();
assert.strictEqual(s.cancelBubble, true);
const i = new Event('x');
i.stopImmediatePropagation();
assert.strictEqual(i.cancelBubble, true);

// Phase constants.
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE],
                       [0, 1, 2, 3]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                       { value: 2, writable: false, enumerable: true, configurable: false });

// Errors.
assert.throws(() => new Event(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new Event('x', 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Event('x', [1]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Event(Symbol('s')), TypeError);
assert.throws(() => Event('x'), TypeError);

// CustomEvent.
const ce = new CustomEvent('hello', { detail: { n: 1 }, cancelable: true });
assert.ok(ce instanceof Event);
assert.strictEqual(ce.type, 'hello');
assert.deepStrictEqual(ce.detail, { n: 1 });
assert.strictEqual(ce.cancelable, true);
assert.strictEqual(new CustomEvent('x').detail, null);
assert.strictEqual(new CustomEvent('x', { detail: 0 }).detail, 0);
assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new CustomEvent('x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
