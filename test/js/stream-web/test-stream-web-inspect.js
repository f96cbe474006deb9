'use strict';
// util.inspect of web stream objects prints what Node prints, and the classes have Node's shape
// (toStringTag, enumerable accessors, illegal constructors).
const assert = require('assert');
const { inspect } = require('util');
const web = require('stream/web');

assert.strictEqual(inspect(new ReadableStream()),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
assert.strictEqual(inspect(new ReadableStream({ type: 'bytes' })),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
const closed = new ReadableStream({ start(c) { c.close(); } });
assert.strictEqual(inspect(closed),
                   "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
errored.getReader().closed.catch(() => {});
assert.strictEqual(inspect(errored),
                   "ReadableStream { locked: true, state: 'errored', supportsBYOB: false }");
assert.strictEqual(inspect(new WritableStream()),
                   "WritableStream { locked: false, state: 'writable' }");
assert.strictEqual(inspect(new CountQueuingStrategy({ highWaterMark: 2 })),
                   'CountQueuingStrategy { highWaterMark: 2 }');
assert.strictEqual(inspect(new ByteLengthQueuingStrategy({ highWaterMark: 3 })),
                   'ByteLengthQueuingStrategy { highWaterMark: 3 }');
const reader = new ReadableStream().getReader();
assert.strictEqual(inspect(reader), [
  'ReadableStreamDefaultReader {',
  "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },",
  '  readRequests: 0,',
  '  close: Promise { <pending> }',
  '}',
].join('\n'));
const writer = new WritableStream().getWriter();
assert.strictEqual(inspect(writer), [
  'WritableStreamDefaultWriter {',
  "  stream: WritableStream { locked: true, state: 'writable' },",
  '  close: Promise { <pending> },',
  '  ready: Promise { undefined },',
  '  desiredSize: 1',
  '}',
].join('\n'));
assert.strictEqual(inspect(new TransformStream()), [
  'TransformStream {',
  "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },",
  "  writable: WritableStream { locked: false, state: 'writable' },",
  '  backpressure: true',
  '}',
].join('\n'));
assert.strictEqual(inspect(new TextDecoderStream()), [
  'TextDecoderStream {',
  "  encoding: 'utf-8',",
  '  fatal: false,',
  '  ignoreBOM: false,',
  "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },",
  "  writable: WritableStream { locked: false, state: 'writable' }",
  '}',
].join('\n'));
new ReadableStream({
  start(c) {
    assert.strictEqual(inspect(c), 'ReadableStreamDefaultController {}');
  },
});
new WritableStream({
  start(c) {
    assert.strictEqual(inspect(c), 'WritableStreamDefaultController { stream: WritableStream ' +
                       "{ locked: false, state: 'writable' } }");
  },
});
// (Past the depth limit tide prints [ReadableStream] where Node prints `undefined`.)

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream',
];
for (const name of names) {
  const Class = web[name];
  assert.strictEqual(globalThis[name], Class, name);
  // (node v20 lacks the tag on the two text streams.)
  if (!name.startsWith('Text')) {
    assert.strictEqual(Object.prototype.toString.call(Class.prototype), `[object ${name}]`);
  }
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
}
for (const name of ['ReadableStreamBYOBRequest', 'ReadableByteStreamController',
                    'ReadableStreamDefaultController', 'TransformStreamDefaultController',
                    'WritableStreamDefaultController']) {
  assert.throws(() => new web[name](), { code: 'ERR_ILLEGAL_CONSTRUCTOR' }, name);
}
assert.strictEqual(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').enumerable,
                   true);
assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
