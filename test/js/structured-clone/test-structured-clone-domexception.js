'use strict';
// structuredClone's DataCloneError is a real DOMException, as in Node: its name, legacy code and
// constant, prototype chain, toString and util.inspect; errors that are not the serializer's own
// (a throwing getter) pass through unchanged.

const assert = require('assert');
const util = require('util');

function cloneError(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

const err = cloneError(() => structuredClone(Symbol('x')));
assert.ok(err instanceof DOMException);
assert.ok(err instanceof Error);
assert.strictEqual(Object.getPrototypeOf(err), DOMException.prototype);
assert.strictEqual(err.constructor, DOMException);
assert.strictEqual(err.name, 'DataCloneError');
assert.strictEqual(err.message, 'Symbol(x) could not be cloned.');
assert.strictEqual(err.code, 25);
assert.strictEqual(err.code, DOMException.DATA_CLONE_ERR);
assert.strictEqual(err.DATA_CLONE_ERR, 25);
assert.strictEqual(Object.prototype.toString.call(err), '[object DOMException]');
assert.strictEqual(String(err), 'DataCloneError: Symbol(x) could not be cloned.');
assert.deepStrictEqual(Object.keys(err), []);
// name, message and code are DOMException's accessors, not own properties.
assert.strictEqual(Object.hasOwn(err, 'name'), false);
assert.strictEqual(Object.hasOwn(err, 'message'), false);
assert.strictEqual(Object.hasOwn(err, 'code'), false);
assert.match(err.stack, /^DataCloneError: Symbol\(x\) could not be cloned\.\n/);
assert.match(util.inspect(err), /^DOMException \[DataCloneError\]: Symbol\(x\) could not be cloned\./);
// assert.throws with the class and with a shape.
assert.throws(() => structuredClone(() => {}), DOMException);
assert.throws(() => structuredClone(new WeakMap()),
              { name: 'DataCloneError', code: 25, message: '#<WeakMap> could not be cloned.' });

// Every serializer failure has the same shape.
{
  const buffer = new ArrayBuffer(4);
  const duplicate = cloneError(() => structuredClone(0, { transfer: [buffer, buffer] }));
  assert.ok(duplicate instanceof DOMException);
  assert.strictEqual(duplicate.name, 'DataCloneError');
  assert.strictEqual(duplicate.message, 'Transfer list contains duplicate ArrayBuffer');
  structuredClone(buffer, { transfer: [buffer] });
  const detached = cloneError(() => structuredClone(buffer));
  assert.ok(detached instanceof DOMException);
  assert.strictEqual(detached.message, 'An ArrayBuffer is detached and could not be cloned.');
}

// Errors that are not the serializer's pass through as they are, even ones named DataCloneError.
{
  const own = new Error('mine');
  own.name = 'DataCloneError';
  own.code = 25;
  const thrown = cloneError(() => structuredClone({ get x() { throw own; } }));
  assert.strictEqual(thrown, own);
  const range = cloneError(() => structuredClone({ get x() { throw new RangeError('r'); } }));
  assert.ok(range instanceof RangeError);
  assert.strictEqual(cloneError(() => structuredClone({ get x() { throw 42; } })), 42);
}

