'use strict';
// node:diagnostics_channel: channels, subscribers, stores, tracing channels and error paths.
const assert = require('assert');
const dc = require('diagnostics_channel');
assert.strictEqual(require('node:diagnostics_channel'), dc);

// Same object for the same name while it lives; names may be symbols.
const a = dc.channel('tide:a');
assert.strictEqual(dc.channel('tide:a'), a);
assert.ok(a instanceof dc.Channel);
assert.strictEqual(a.name, 'tide:a');
const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});

// subscribe / publish / unsubscribe.
assert.strictEqual(a.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('tide:a'), false);
const seen = [];
const onMessage = (message, name) => seen.push([message, name]);
a.subscribe(onMessage);
assert.strictEqual(a.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('tide:a'), true);
a.publish({ n: 1 });
dc.subscribe('tide:a', (m) => seen.push(['second', m.n]));
a.publish({ n: 2 });
assert.deepStrictEqual(seen, [[{ n: 1 }, 'tide:a'], [{ n: 2 }, 'tide:a'], ['second', 2]]);
assert.strictEqual(a.unsubscribe(onMessage), true);
assert.strictEqual(a.unsubscribe(onMessage), false);
assert.strictEqual(dc.unsubscribe('tide:a', () => {}), false);
assert.throws(() => a.subscribe('nope'), { code: 'ERR_INVALID_ARG_TYPE' });

// A subscriber that throws does not stop the publisher or the other subscribers; its error
// becomes an uncaught exception on the next tick.
const b = dc.channel('tide:b');
const boom = new Error('boom');
let after = false;
b.subscribe(() => { throw boom; });
b.subscribe(() => { after = true; });
let uncaught;
process.once('uncaughtException', (err) => {
  if (err !== boom) throw err;  // an assertion below failed: let it be reported
  uncaught = err;
});
b.publish('x');
assert.strictEqual(after, true);

// Stores: runStores wraps the call in each bound store's run(value, fn).
const c = dc.channel('tide:c');
const log = [];
const store = { run(value, fn) { log.push(['run', value]); return fn(); } };
c.bindStore(store, (data) => data.id);
c.subscribe((data) => log.push(['published', data.id]));
const result = c.runStores({ id: 7 }, function(x, y) { log.push(['fn', this.k, x, y]); return 42; },
                            { k: 'this' }, 1, 2);
assert.strictEqual(result, 42);
assert.deepStrictEqual(log, [['run', 7], ['published', 7], ['fn', 'this', 1, 2]]);
assert.strictEqual(c.unbindStore(store), true);
assert.strictEqual(c.unbindStore(store), false);

// Tracing channels.
const tc = dc.tracingChannel('tide:op');
assert.strictEqual(tc.start.name, 'tracing:tide:op:start');
const events = [];
const handlers = {
  start: (ctx) => events.push(['start', ctx.arg]),
  end: (ctx) => events.push(['end', ctx.result]),
  asyncStart: (ctx) => events.push(['asyncStart', ctx.result]),
  asyncEnd: (ctx) => events.push(['asyncEnd']),
  error: (ctx) => events.push(['error', ctx.error.message]),
};
tc.subscribe(handlers);
assert.strictEqual(tc.traceSync((x) => x * 2, { arg: 3 }, undefined, 3), 6);
assert.throws(() => tc.traceSync(() => { throw new Error('bad'); }, { arg: 0 }), /bad/);
assert.deepStrictEqual(events.splice(0), [['start', 3], ['end', 6], ['start', 0], ['error', 'bad'],
  ['end', undefined]]);
tc.traceCallback((cb) => cb(null, 'done'), -1, { arg: 'cb' }, undefined, (err, value) => {
  events.push(['callback', err, value]);
});
assert.deepStrictEqual(events.splice(0), [['start', 'cb'], ['asyncStart', 'done'],
  ['callback', null, 'done'], ['asyncEnd'], ['end', 'done']]);
assert.throws(() => dc.tracingChannel(5), { code: 'ERR_INVALID_ARG_TYPE' });

tc.tracePromise(async (v) => v + 1, { arg: 1 }, undefined, 1).then((value) => {
  assert.strictEqual(value, 2);
  assert.deepStrictEqual(events.splice(0), [['start', 1], ['end', undefined], ['asyncStart', 2],
    ['asyncEnd']]);
  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.hasSubscribers, false);
  done = true;
});
let done = false;
process.on('exit', () => {
  assert.strictEqual(uncaught, boom);
  assert.ok(done);
});
