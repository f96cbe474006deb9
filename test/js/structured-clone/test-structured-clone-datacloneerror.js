'use strict';
// Values that cannot be cloned throw a DataCloneError DOMException (name 'DataCloneError', code 25)
// with Node's messages, and nothing is left half-done.

const assert = require('assert');

function dataCloneError(message) {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.ok(err instanceof Error);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), []);
    assert.match(err.stack, /^DataCloneError: /);
    return true;
  };
}

function foo() {}
assert.throws(() => structuredClone(foo), dataCloneError('function foo() {} could not be cloned.'));
assert.throws(() => structuredClone(() => {}), dataCloneError('() => {} could not be cloned.'));
assert.throws(() => structuredClone(class A {}), dataCloneError('class A {} could not be cloned.'));
assert.throws(() => structuredClone(Symbol('x')), dataCloneError('Symbol(x) could not be cloned.'));
assert.throws(() => structuredClone(Object(Symbol('s'))),
              dataCloneError('[object Symbol] could not be cloned.'));
assert.throws(() => structuredClone(new WeakMap()), dataCloneError('#<WeakMap> could not be cloned.'));
assert.throws(() => structuredClone(new WeakSet()), dataCloneError('#<WeakSet> could not be cloned.'));
assert.throws(() => structuredClone(new WeakRef({})), dataCloneError('#<WeakRef> could not be cloned.'));
assert.throws(() => structuredClone(Promise.resolve()), dataCloneError('#<Promise> could not be cloned.'));
assert.throws(() => structuredClone(new Proxy({}, {})), dataCloneError('#<Object> could not be cloned.'));

// Nested: the message names the value that failed.
assert.throws(() => structuredClone({ a: [1, { f() {} }] }), dataCloneError('f() {} could not be cloned.'));
assert.throws(() => structuredClone(new Map([['k', Symbol.iterator]])),
              dataCloneError('Symbol(Symbol.iterator) could not be cloned.'));

// A getter that throws propagates its own error.
assert.throws(() => structuredClone({ get boom() { throw new RangeError('from getter'); } }),
              { name: 'RangeError', message: 'from getter' });

// A failed clone does not detach the buffers of the transfer list.
{
  const buffer = new ArrayBuffer(8);
  assert.throws(() => structuredClone({ buffer, f() {} }, { transfer: [buffer] }),
                { name: 'DataCloneError' });
  assert.strictEqual(buffer.byteLength, 8);
}

// A detached ArrayBuffer cannot be cloned.
{
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
  assert.throws(() => structuredClone(buffer),
                dataCloneError('An ArrayBuffer is detached and could not be cloned.'));
}
