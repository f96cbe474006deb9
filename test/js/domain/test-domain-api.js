'use strict';
// node:domain's API surface and its errors: create/createDomain/Domain, run(fn, ...args) returning
// fn's result with `this` the domain, enter/exit with a stack (exit leaves nested domains too,
// exiting a domain not entered does nothing), add/remove and members, bind keeps `this` and
// arguments, intercept drops the error argument; the capture callback is refused once domains are
// in use, and domains refuse to load after a capture callback was set.
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['-e', `
  process.setUncaughtExceptionCaptureCallback(() => {});
  try { require('domain'); } catch (e) { console.log(e.code + ': ' + e.message); }
`], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'ERR_DOMAIN_CALLBACK_NOT_AVAILABLE: A callback was registered ' +
  'through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with ' +
  'using the `domain` module\n');

const domain = require('domain');
const EventEmitter = require('events');

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  message: 'The `domain` module is in use, which is mutually exclusive with calling ' +
           'process.setUncaughtExceptionCaptureCallback()',
});

assert.strictEqual(domain.createDomain, domain.create);
const d = domain.create();
assert.ok(d instanceof domain.Domain);
assert.ok(d instanceof EventEmitter);
assert.deepStrictEqual(d.members, []);
assert.strictEqual(d.domain, null);

// run: arguments, result, `this`.
const result = d.run(function(a, b) {
  assert.strictEqual(this, d);
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  return a + b;
}, 2, 3);
assert.strictEqual(result, 5);
assert.strictEqual(process.domain, undefined);

// The stack: exit() leaves the domains entered after it as well.
const outer = domain.create();
const inner = domain.create();
outer.enter();
inner.enter();
assert.strictEqual(domain._stack.length, 2);
assert.strictEqual(process.domain, inner);
outer.exit();
assert.strictEqual(domain._stack.length, 0);
assert.strictEqual(process.domain, undefined);
inner.exit();  // not entered: nothing happens
assert.strictEqual(domain._stack.length, 0);

// Emitters: made inside a domain they belong to it; add/remove move them.
let made;
d.run(() => { made = new EventEmitter(); });
assert.strictEqual(made.domain, d);
assert.strictEqual(Object.keys(made).includes('domain'), false);  // not enumerable
const other = new EventEmitter();
assert.strictEqual(other.domain, null);
d.add(other);
assert.strictEqual(other.domain, d);
assert.deepStrictEqual(d.members, [other]);
const d2 = domain.create();
d2.add(other);  // moves
assert.deepStrictEqual(d.members, []);
assert.deepStrictEqual(d2.members, [other]);
d2.remove(other);
assert.strictEqual(other.domain, null);
assert.deepStrictEqual(d2.members, []);

// Listeners of a domain-bound emitter run inside its domain.
made.on('ping', () => assert.strictEqual(process.domain, d));
made.emit('ping');
assert.strictEqual(process.domain, undefined);

// bind and intercept.
const receiver = { name: 'receiver' };
const bound = d.bind(function(x) { return [this, x, process.domain]; });
assert.strictEqual(bound.domain, d);
assert.deepStrictEqual(bound.call(receiver, 1), [receiver, 1, d]);
const intercepted = d.intercept((...args) => args);
assert.deepStrictEqual(intercepted(null, 'a', 'b'), ['a', 'b']);
let seen;
d.once('error', (e) => { seen = e; });
const failure = new Error('callback error');
assert.strictEqual(intercepted(failure, 'x'), undefined);
assert.strictEqual(seen, failure);
assert.strictEqual(failure.domain, d);
assert.strictEqual(failure.domainThrown, false);
assert.strictEqual(typeof failure.domainBound, 'function');

// An 'error' event nobody listens to on a domain-bound emitter goes to the domain.
let viaEmitter;
d.once('error', (e) => { viaEmitter = e; });
made.emit('error', new Error('emitted'));
assert.strictEqual(viaEmitter.message, 'emitted');
assert.strictEqual(viaEmitter.domainEmitter, made);
assert.strictEqual(viaEmitter.domainThrown, false);
