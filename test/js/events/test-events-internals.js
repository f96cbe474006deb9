'use strict';
// The properties npm packages read: _events (null prototype; one listener as the function,
// several as an array), _eventsCount, _maxListeners; EventEmitter.init and old-style
// inheritance with EventEmitter.call(this).
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
assert.strictEqual(Object.getPrototypeOf(e._events), null);
assert.strictEqual(e._eventsCount, 0);
assert.strictEqual(e._maxListeners, undefined);

const f = () => {};
const g = () => {};
e.on('x', f);
assert.strictEqual(e._events.x, f);
assert.strictEqual(e._eventsCount, 1);
e.on('x', g);
assert.ok(Array.isArray(e._events.x));
assert.deepStrictEqual(e._events.x, [f, g]);
assert.strictEqual(e._eventsCount, 1);
e.on('y', f);
assert.strictEqual(e._eventsCount, 2);
e.removeListener('x', f);
assert.strictEqual(e._events.x, g);
e.removeListener('x', g);
assert.strictEqual(e._events.x, undefined);
assert.strictEqual('x' in e._events, false);
assert.strictEqual(e._eventsCount, 1);

// Prototype defaults.
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);

// util.inherits + EventEmitter.call(this).
function Old() {
  EventEmitter.call(this);
  this.extra = 1;
}
util.inherits(Old, EventEmitter);
const o = new Old();
let got;
o.on('hi', (v) => { got = v; });
o.emit('hi', 'there');
assert.strictEqual(got, 'there');
assert.ok(o instanceof EventEmitter);

// An object made with Object.create works without init: _events is created lazily.
const lazy = Object.create(EventEmitter.prototype);
assert.strictEqual(lazy.emit('nothing'), false);
lazy.on('a', f);
assert.strictEqual(lazy._events.a, f);
assert.strictEqual(lazy._eventsCount, 1);
assert.deepStrictEqual(lazy.listeners('a'), [f]);

// EventEmitter.init() on an existing emitter keeps its listeners.
EventEmitter.init.call(e);
assert.strictEqual(e._events.y, f);

// An inherited (prototype) _events object is not shared: init() gives the instance its own.
function Shared() { EventEmitter.call(this); }
Shared.prototype = Object.create(EventEmitter.prototype);
Shared.prototype._events = { __proto__: null };
const s1 = new Shared();
assert.notStrictEqual(s1._events, Shared.prototype._events);

// Pre-shaped _events (all names present, as undefined): removal keeps the names.
function Shaped() {
  this._events = { __proto__: null, data: undefined, end: undefined };
  EventEmitter.call(this);
}
Object.setPrototypeOf(Shaped.prototype, EventEmitter.prototype);
const sh = new Shaped();
assert.deepStrictEqual(sh.eventNames(), []);
sh.on('data', f);
assert.strictEqual(sh._eventsCount, 1);
assert.strictEqual(sh.emit('data'), true);
assert.strictEqual(sh.emit('end'), false);
sh.removeListener('data', f);
assert.strictEqual(sh._eventsCount, 0);
assert.strictEqual('data' in sh._events, true);
assert.strictEqual(sh.emit('data'), false);
assert.strictEqual(sh.listenerCount('data'), 0);

// util.inspect shows what Node shows.
assert.strictEqual(util.inspect(new EventEmitter(), { breakLength: Infinity }),
                   'EventEmitter { _events: [Object: null prototype] {}, _eventsCount: 0, ' +
                   '_maxListeners: undefined, [Symbol(shapeMode)]: false, ' +
                   '[Symbol(kCapture)]: false }');
const w = new EventEmitter();
w.once('z', function named() {});
assert.strictEqual(util.inspect(w._events.z),
                   '[Function: bound onceWrapper] { listener: [Function: named] }');
