'use strict';
// ES2026 Error.isError(value): true exactly for objects with [[ErrorData]] (every native error, of
// any realm and subclass, and DOMException), false for look-alikes, proxies and primitives.

const assert = require('assert');

// Node 20 does not have it; tide and Node 24 do.
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof Error.isError !== 'function')) {
  console.log('skipped: Error.isError is not available in this runtime');
  process.exit(0);
}

const desc = Object.getOwnPropertyDescriptor(Error, 'isError');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(Error.isError.name, 'isError');
assert.strictEqual(Error.isError.length, 1);
assert.strictEqual(Object.hasOwn(Error.isError, 'prototype'), false);
assert.throws(() => new Error.isError(), TypeError);
assert.ok(!Object.keys(Error).includes('isError'));

// Real errors.
for (const Ctor of [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError]) {
  assert.strictEqual(Error.isError(new Ctor('x')), true, Ctor.name);
  assert.strictEqual(Error.isError(Ctor('x')), true, Ctor.name);
}
assert.strictEqual(Error.isError(new AggregateError([])), true);
class MyError extends TypeError {}
assert.strictEqual(Error.isError(new MyError()), true);
// [[ErrorData]] stays whatever the prototype becomes.
const reparented = new Error('x');
Object.setPrototypeOf(reparented, null);
assert.strictEqual(Error.isError(reparented), true);
// Errors the engine throws.
try { null.x; } catch (err) { assert.strictEqual(Error.isError(err), true); }
// Node's own errors.
try { require('fs').readFileSync(); } catch (err) { assert.strictEqual(Error.isError(err), true); }
// DOMException and its subclasses.
assert.strictEqual(Error.isError(new DOMException('m', 'AbortError')), true);
class MyDOMException extends DOMException {}
assert.strictEqual(Error.isError(new MyDOMException()), true);
try { structuredClone(() => {}); } catch (err) { assert.strictEqual(Error.isError(err), true); }

// Look-alikes.
assert.strictEqual(Error.isError(Object.create(Error.prototype)), false);
assert.strictEqual(Error.isError({ __proto__: TypeError.prototype, name: 'TypeError', message: 'x', stack: '' }),
                   false);
assert.strictEqual(Error.isError(Error.prototype), false);
assert.strictEqual(Error.isError(TypeError.prototype), false);
assert.strictEqual(Error.isError(new Proxy(new Error('x'), {})), false);
assert.strictEqual(Error.isError(Error), false);
{
  const fake = {};
  Error.captureStackTrace(fake);
  assert.strictEqual(Error.isError(fake), false);
}
for (const value of [undefined, null, 0, 1n, 'Error', true, Symbol('e'), [], () => {}]) {
  assert.strictEqual(Error.isError(value), false);
}
assert.strictEqual(Error.isError(), false);

// Another realm's errors, where this runtime has vm.
let vm;
try { vm = require('vm'); } catch { /* no vm module yet */ }
if (vm && typeof vm.runInNewContext === 'function') {
  assert.strictEqual(Error.isError(vm.runInNewContext('new TypeError("other realm")')), true);
  assert.strictEqual(Error.isError(vm.runInNewContext('Object.create(Error.prototype)')), false);
}
