'use strict';
// More listeners of one type than the target's limit: one MaxListenersExceededWarning, as for
// EventEmitter; events.setMaxListeners() changes the limit of given targets.
const assert = require('assert');
const events = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const et = new EventTarget();
assert.strictEqual(events.getMaxListeners(et), events.defaultMaxListeners);
for (let i = 0; i < 10; i++) et.addEventListener('foo', () => {});
// Duplicates do not count.
const same = () => {};
et.addEventListener('bar', same);
et.addEventListener('bar', same);
for (let i = 0; i < 3; i++) et.addEventListener('foo', () => {});

const quiet = new EventTarget();
events.setMaxListeners(20, quiet);
assert.strictEqual(events.getMaxListeners(quiet), 20);
for (let i = 0; i < 20; i++) quiet.addEventListener('foo', () => {});

const limited = new EventTarget();
events.setMaxListeners(1, limited);
limited.addEventListener('a', () => {});
limited.addEventListener('a', () => {});

assert.throws(() => events.setMaxListeners(-1, et), { code: 'ERR_OUT_OF_RANGE' });

process.on('exit', () => {
  assert.strictEqual(warnings.length, 2);
  const [w, w2] = warnings;
  assert.strictEqual(w.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w.message,
                     'Possible EventTarget memory leak detected. 11 foo listeners added to ' +
                     'EventTarget. MaxListeners is 10. Use events.setMaxListeners() to increase ' +
                     'limit');
  assert.strictEqual(w.target, et);
  assert.strictEqual(w.type, 'foo');
  assert.strictEqual(w.count, 11);
  assert.strictEqual(w2.target, limited);
  assert.strictEqual(w2.count, 2);
  assert.match(w2.message, /2 a listeners added to EventTarget\. MaxListeners is 1\./);
});
