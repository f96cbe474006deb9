'use strict';
// SharedArrayBuffers are shared, not copied: the clone sees the same memory, and one buffer
// referenced twice is one buffer in the clone.

const assert = require('assert');

{
  const shared = new SharedArrayBuffer(8);
  const copy = structuredClone(shared);
  assert.ok(copy instanceof SharedArrayBuffer);
  assert.notStrictEqual(copy, shared);
  assert.strictEqual(copy.byteLength, 8);
  new Uint8Array(copy)[0] = 5;
  assert.strictEqual(new Uint8Array(shared)[0], 5);
  new Int32Array(shared)[1] = 99;
  assert.strictEqual(Atomics.load(new Int32Array(copy), 1), 99);
}

{
  const shared = new SharedArrayBuffer(4);
  const view = new Uint8Array(shared, 1, 2);
  const copy = structuredClone({ a: shared, b: shared, view });
  assert.strictEqual(copy.a, copy.b);
  assert.strictEqual(copy.view.buffer, copy.a);
  assert.strictEqual(copy.view.byteOffset, 1);
  copy.view[0] = 9;
  assert.strictEqual(new Uint8Array(shared)[1], 9);
}

// Two different SharedArrayBuffers stay different.
{
  const one = new SharedArrayBuffer(1);
  const two = new SharedArrayBuffer(1);
  const copy = structuredClone([one, two]);
  assert.notStrictEqual(copy[0], copy[1]);
  new Uint8Array(copy[1])[0] = 2;
  assert.strictEqual(new Uint8Array(one)[0], 0);
  assert.strictEqual(new Uint8Array(two)[0], 2);
}
