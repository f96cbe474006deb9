'use strict';
// util.inspect of events and targets, as Node prints them.
const assert = require('assert');
const util = require('util');

const ts = (s) => s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: T');

assert.strictEqual(ts(util.inspect(new Event('x'))),
                   "Event {\n  type: 'x',\n  defaultPrevented: false,\n  cancelable: false,\n" +
                   '  timeStamp: T\n}');
const canceled = new Event('y', { cancelable: true });
canceled.preventDefault();
assert.strictEqual(ts(util.inspect(canceled, { breakLength: Infinity })),
                   "Event { type: 'y', defaultPrevented: true, cancelable: true, timeStamp: T }");
assert.strictEqual(ts(util.inspect(new CustomEvent('c', { detail: 1 }), { breakLength: Infinity })),
                   "CustomEvent { type: 'c', defaultPrevented: false, cancelable: false, " +
                   'timeStamp: T }');
assert.strictEqual(util.inspect(new Event('x'), { depth: -1 }), 'Event');
assert.strictEqual(util.inspect({ a: { b: new Event('x') } }, { depth: 1 }),
                   '{ a: { b: Event } }');

assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(util.inspect(new EventTarget(), { depth: -1 }), 'EventTarget');
class Custom extends EventTarget {}
assert.strictEqual(util.inspect(new Custom()), 'Custom {}');
assert.strictEqual(util.inspect([new EventTarget()]), '[ EventTarget {} ]');

// Listeners do not show.
const et = new EventTarget();
et.addEventListener('x', () => {});
assert.strictEqual(util.inspect(et), 'EventTarget {}');
