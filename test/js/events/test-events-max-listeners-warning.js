'use strict';
// More listeners than the limit emits one MaxListenersExceededWarning per event name,
// with Node's message and the emitter, type and count fields.
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const e = new EventEmitter();
for (let i = 0; i < 10; i++) e.on('foo', () => {});
for (let i = 0; i < 15; i++) e.on('foo', () => {});  // warns once, at 11
for (let i = 0; i < 11; i++) e.prependListener('bar', () => {});

const sym = Symbol('sym');
const s = new EventEmitter();
s.setMaxListeners(2);
for (let i = 0; i < 3; i++) s.once(sym, () => {});

class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('baz', () => {});
c.on('baz', () => {});

// 0 disables the check.
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 50; i++) z.on('many', () => {});

// Infinity too.
const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 50; i++) inf.on('many', () => {});

process.on('exit', () => {
  assert.strictEqual(warnings.length, 4);
  const [foo, bar, symW, custom] = warnings;

  assert.ok(foo instanceof Error);
  assert.strictEqual(foo.name, 'MaxListenersExceededWarning');
  assert.strictEqual(foo.message,
                     'Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
                     '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(foo.emitter, e);
  assert.strictEqual(foo.type, 'foo');
  assert.strictEqual(foo.count, 11);

  assert.strictEqual(bar.type, 'bar');
  assert.strictEqual(bar.count, 11);

  assert.strictEqual(symW.type, sym);
  assert.strictEqual(symW.count, 3);
  assert.match(symW.message, /^Possible EventEmitter memory leak detected\. 3 Symbol\(sym\) listeners added to \[EventEmitter\]\. MaxListeners is 2\./);

  assert.strictEqual(custom.emitter, c);
  assert.match(custom.message, / 2 baz listeners added to \[Custom\]\. MaxListeners is 1\. /);
});
