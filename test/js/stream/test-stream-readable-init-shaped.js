'use strict';
// A Readable runs EventEmitter.init's steps itself while EventEmitter.init is events.js's own
// (no hand-over of its new listener table through a module variable); a replaced init is still
// called, once per Readable, as Node's Stream constructor calls it. The fields come out in Node's
// order either way. Passes under node v20 too.
const assert = require('assert');
const EventEmitter = require('events');
const { Readable } = require('stream');

function shape(obj) {
  return [Object.keys(obj), Object.getOwnPropertySymbols(obj).map(String)];
}

const plain = new Readable({ read() {} });
const [keys, symbols] = shape(plain);
assert.deepStrictEqual(keys, ['_events', '_readableState', '_read', '_maxListeners']);
assert.deepStrictEqual(symbols, ['Symbol(shapeMode)', 'Symbol(kCapture)']);
assert.deepStrictEqual(Object.keys(plain._events), ['close', 'error', 'data', 'end', 'readable']);
assert.strictEqual(plain._eventsCount, 0);
assert.strictEqual(plain.getMaxListeners(), EventEmitter.defaultMaxListeners);

// A replaced init is called with the stream and its options; the fields come out the same.
const original = EventEmitter.init;
const seen = [];
EventEmitter.init = function(opts) {
  seen.push([this, opts]);
  return original.call(this, opts);
};
const opts = { read() {} };
let replaced;
try {
  replaced = new Readable(opts);
} finally {
  EventEmitter.init = original;
}
assert.strictEqual(seen.length, 1);
assert.strictEqual(seen[0][0], replaced);
assert.strictEqual(seen[0][1], opts);
assert.deepStrictEqual(shape(replaced), [keys, symbols]);

// A subclass's _maxListeners on the prototype is kept.
class WithMax extends Readable {}
WithMax.prototype._maxListeners = 3;
assert.strictEqual(new WithMax().getMaxListeners(), 3);
// captureRejections is validated and applied as init does.
assert.throws(() => new Readable({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.captureRejections" property must be of type boolean. ' +
    'Received type number (1)',
});
const capturing = new Readable({ read() {}, captureRejections: true });
const boom = new Error('boom');
capturing.on('foo', async () => { throw boom; });
capturing.on('error', (err) => {
  assert.strictEqual(err, boom);
  capturing.errorSeen = true;
});
capturing.emit('foo');
const notCapturing = new Readable({ read() {} });
process.on('exit', () => {
  assert.strictEqual(capturing.errorSeen, true);
  assert.strictEqual(notCapturing.listenerCount('error'), 0);
});
