'use strict';
// Error objects clone as errors: the standard constructors (Error, EvalError, RangeError,
// ReferenceError, SyntaxError, TypeError, URIError) are kept, other names become Error; message,
// stack and cause are copied, other own properties are not.

const assert = require('assert');

{
  const error = new TypeError('bad type', { cause: new Error('root') });
  error.extra = 1;
  const copy = structuredClone(error);
  assert.ok(copy instanceof TypeError);
  assert.notStrictEqual(copy, error);
  assert.strictEqual(copy.constructor, TypeError);
  assert.strictEqual(copy.name, 'TypeError');
  assert.strictEqual(copy.message, 'bad type');
  assert.strictEqual(copy.stack, error.stack);
  assert.ok(copy.cause instanceof Error);
  assert.strictEqual(copy.cause.message, 'root');
  assert.strictEqual(copy.extra, undefined);
  for (const key of ['message', 'stack', 'cause']) {
    const desc = Object.getOwnPropertyDescriptor(copy, key);
    assert.strictEqual(desc.enumerable, false, key);
    assert.strictEqual(desc.writable, true, key);
  }
  assert.deepStrictEqual(Object.keys(copy), []);
}

for (const Type of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const copy = structuredClone(new Type('m'));
  assert.strictEqual(copy.constructor, Type, Type.name);
  assert.strictEqual(copy.name, Type.name);
}

// The name decides the type; an unknown name gives a plain Error.
{
  const renamed = new Error('x');
  renamed.name = 'RangeError';
  assert.strictEqual(structuredClone(renamed).constructor, RangeError);

  class CustomError extends RangeError {
    constructor() { super('custom'); this.name = 'CustomError'; }
  }
  const custom = structuredClone(new CustomError());
  assert.strictEqual(custom.constructor, Error);
  assert.strictEqual(custom.name, 'Error');
  assert.strictEqual(custom.message, 'custom');
}

// Message and cause are copied only when present.
{
  const copy = structuredClone(new Error());
  assert.ok(!Object.hasOwn(copy, 'message'));
  assert.ok(!Object.hasOwn(copy, 'cause'));
  assert.ok(Object.hasOwn(structuredClone(new Error('x', { cause: undefined })), 'cause'));
}

// An error without a stack property.
{
  const error = new Error('no stack');
  delete error.stack;
  const copy = structuredClone(error);
  assert.strictEqual(copy.message, 'no stack');
}

// An error inside other values, and an error that refers to itself.
{
  const error = new Error('inner');
  const copy = structuredClone({ list: [error, error] });
  assert.strictEqual(copy.list[0], copy.list[1]);
  assert.strictEqual(copy.list[0].message, 'inner');
}

// Something that merely inherits from Error.prototype is a plain object.
{
  const fake = { __proto__: Error.prototype, message: 'm' };
  const copy = structuredClone(fake);
  assert.ok(!(copy instanceof Error));
  assert.deepStrictEqual(copy, { message: 'm' });
}
