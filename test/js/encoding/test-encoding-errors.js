'use strict';
// Argument and receiver checks of TextEncoder and TextDecoder, with Node's error codes.

const assert = require('assert');

// Receivers.
const invalidThis = (type) => ({
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: `Value of "this" must be of type ${type}`,
});
for (const receiver of [{}, null, undefined, 1, new TextDecoder()]) {
  assert.throws(() => TextEncoder.prototype.encode.call(receiver, 'a'), invalidThis('TextEncoder'));
  assert.throws(() => TextEncoder.prototype.encodeInto.call(receiver, 'a', new Uint8Array(1)),
                invalidThis('TextEncoder'));
}
for (const receiver of [{}, null, undefined, 'x', new TextEncoder()]) {
  assert.throws(() => TextDecoder.prototype.decode.call(receiver, new Uint8Array(1)),
                invalidThis('TextDecoder'));
}
for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  const { get } = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name);
  assert.throws(() => get.call({}), invalidThis('TextDecoder'));
}
{
  const { get } = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding');
  assert.throws(() => get.call({}), invalidThis('TextEncoder'));
  // An object made from the prototype is not a TextEncoder either.
  assert.throws(() => Object.create(TextEncoder.prototype).encode('a'), invalidThis('TextEncoder'));
}

// Classes, not functions.
assert.throws(() => TextEncoder(), TypeError);
assert.throws(() => TextDecoder(), TypeError);

// decode(input): an ArrayBuffer or a view. (Node v20's message names a "list" argument; the code
// is the same.)
const decoder = new TextDecoder();
for (const input of [1, 'abc', null, {}, [1, 2], true]) {
  assert.throws(() => decoder.decode(input), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}

// new TextDecoder(label, options): options must be an object (or null).
assert.throws(() => new TextDecoder('utf-8', 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TextDecoder('utf-8', 'fatal'), { code: 'ERR_INVALID_ARG_TYPE' });
// A throwing option getter propagates.
assert.throws(() => new TextDecoder('utf-8', { get fatal() { throw new Error('getter'); } }),
              /getter/);

// Detached buffers decode as empty.
{
  const buffer = new ArrayBuffer(4);
  structuredClone(buffer, { transfer: [buffer] });
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(decoder.decode(buffer), '');
}
