'use strict';
// structuredClone(value, { transfer }): the listed ArrayBuffers move into the clone (same bytes,
// no copy) and the originals are detached; views on them follow; any iterable works.

const assert = require('assert');

{
  const buffer = new ArrayBuffer(8);
  new Uint8Array(buffer).set([1, 2, 3]);
  const moved = structuredClone(buffer, { transfer: [buffer] });
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(moved.byteLength, 8);
  assert.deepStrictEqual(Array.from(new Uint8Array(moved, 0, 3)), [1, 2, 3]);
  assert.throws(() => new Uint8Array(buffer), TypeError);
}

// Views on a transferred buffer: the clone's views share the moved buffer; the source views are
// emptied.
{
  const buffer = new ArrayBuffer(4);
  const view = new Uint8Array(buffer);
  view[0] = 7;
  const copy = structuredClone({ view, buffer }, { transfer: [buffer] });
  assert.strictEqual(copy.view.buffer, copy.buffer);
  assert.strictEqual(copy.view[0], 7);
  assert.strictEqual(view.length, 0);
  assert.strictEqual(buffer.byteLength, 0);
}

// Transferred but not referenced by the value: still detached.
{
  const buffer = new ArrayBuffer(16);
  assert.strictEqual(structuredClone('x', { transfer: [buffer] }), 'x');
  assert.strictEqual(buffer.byteLength, 0);
}

// Any iterable is a transfer list: a Set, a generator.
{
  const a = new ArrayBuffer(8);
  structuredClone(null, { transfer: new Set([a]) });
  assert.strictEqual(a.byteLength, 0);
  const b = new ArrayBuffer(8);
  structuredClone(null, { transfer: (function* gen() { yield b; })() });
  assert.strictEqual(b.byteLength, 0);
}

// Non-iterable objects, null and undefined are empty transfer lists; so are null and undefined
// options.
{
  const buffer = new ArrayBuffer(8);
  for (const options of [undefined, null, {}, { transfer: undefined }, { transfer: null },
    { transfer: {} }, { transfer: { length: 1, 0: buffer } }, { transfer: { [Symbol.iterator]: 1 } }]) {
    assert.strictEqual(structuredClone(1, options), 1);
  }
  assert.strictEqual(buffer.byteLength, 8);
  // A function is an object too.
  assert.strictEqual(structuredClone(2, () => {}), 2);
}

// The same buffer twice.
{
  const buffer = new ArrayBuffer(8);
  assert.throws(() => structuredClone(1, { transfer: [buffer, buffer] }), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, 'Transfer list contains duplicate ArrayBuffer');
    return true;
  });
  assert.strictEqual(buffer.byteLength, 8);
}

// Only ArrayBuffers can be transferred: not views, not SharedArrayBuffers, not other objects.
for (const item of [new Uint8Array(4), new SharedArrayBuffer(4), {}, 1, 'buffer', null]) {
  assert.throws(() => structuredClone(1, { transfer: [item] }), {
    name: 'TypeError',
    code: 'ERR_INVALID_TRANSFER_OBJECT',
    message: 'Found invalid object in transferList',
  });
}

// WebAssembly memory cannot be detached: it is copied, not moved.
{
  const memory = new WebAssembly.Memory({ initial: 1 });
  const copy = structuredClone(memory.buffer, { transfer: [memory.buffer] });
  assert.strictEqual(copy.byteLength, 65536);
  assert.strictEqual(memory.buffer.byteLength, 65536);
}

// A large buffer moves without being copied: writing to the clone's view is visible through a
// view that was taken from the clone, and the transfer is quick.
{
  const buffer = new ArrayBuffer(64 * 1024 * 1024);
  new Uint8Array(buffer)[12345] = 42;
  const moved = structuredClone(buffer, { transfer: [buffer] });
  assert.strictEqual(new Uint8Array(moved)[12345], 42);
  assert.strictEqual(buffer.byteLength, 0);
}
