'use strict';
// The shape of the events module.
const assert = require('assert');
const events = require('events');

assert.strictEqual(typeof events, 'function');
assert.strictEqual(events.EventEmitter, events);
assert.strictEqual(events.name, 'EventEmitter');
assert.strictEqual(events.length, 1);
assert.deepStrictEqual(Object.keys(events).filter((k) => k !== 'EventEmitterAsyncResource'), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter',
  'usingDomains', 'captureRejectionSymbol', 'captureRejections', 'errorMonitor',
  'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(typeof events.once, 'function');
assert.strictEqual(typeof events.on, 'function');
assert.strictEqual(events.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof events.errorMonitor, 'symbol');

for (const name of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
                    'off', 'removeListener', 'removeAllListeners', 'emit', 'listeners',
                    'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
                    'getMaxListeners']) {
  assert.strictEqual(typeof events.prototype[name], 'function', name);
}
assert.strictEqual(events.prototype.addListener.name, 'addListener');
assert.strictEqual(events.prototype.on.name, 'addListener');
assert.strictEqual(events.prototype.off.name, 'removeListener');

// Static once/on are not the prototype methods.
assert.notStrictEqual(events.once, events.prototype.once);

// Subclassing with class syntax.
class MyEmitter extends events {
  constructor() {
    super({ captureRejections: false });
    this.ready = true;
  }
}
const m = new MyEmitter();
let got;
m.on('x', (v) => { got = v; });
m.emit('x', 5);
assert.strictEqual(got, 5);
assert.ok(m instanceof events);
