'use strict';
// ES2024 ArrayBuffer.prototype.transfer, transferToFixedLength and the detached getter: the spec's
// ArrayBufferCopyAndDetach (receiver checks, ToIndex, detached and non-detachable buffers, copy with
// zero extension, the old buffer detached), checked against Node 24.

const assert = require('assert');

// Node 20 (V8 11.3) does not have these yet; tide and Node 22+ do.
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof ArrayBuffer.prototype.transfer !== 'function')) {
  console.log('skipped: ArrayBuffer.prototype.transfer is not available in this runtime');
  process.exit(0);
}

const proto = ArrayBuffer.prototype;
const detachedGetter = Object.getOwnPropertyDescriptor(proto, 'detached').get;

// Installed like built-ins.
for (const name of ['transfer', 'transferToFixedLength']) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, name);
  assert.strictEqual(desc.value.length, 0);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false);
  assert.throws(() => new desc.value(), TypeError);
}
{
  const desc = Object.getOwnPropertyDescriptor(proto, 'detached');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.get.name, 'get detached');
  assert.strictEqual(desc.get.length, 0);
  assert.ok(!Object.keys(proto).includes('detached'));
}

function filled(length) {
  const buffer = new ArrayBuffer(length);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < length; i++) bytes[i] = i + 1;
  return buffer;
}

for (const method of ['transfer', 'transferToFixedLength']) {
  // Same length (no argument): the contents move, the old buffer and its views are detached.
  {
    const buffer = filled(8);
    const view = new Uint8Array(buffer);
    assert.strictEqual(buffer.detached, false);
    const moved = buffer[method]();
    assert.ok(moved instanceof ArrayBuffer);
    assert.notStrictEqual(moved, buffer);
    assert.strictEqual(buffer.detached, true);
    assert.strictEqual(buffer.byteLength, 0);
    assert.strictEqual(view.length, 0);
    assert.strictEqual(moved.detached, false);
    assert.deepStrictEqual([...new Uint8Array(moved)], [1, 2, 3, 4, 5, 6, 7, 8]);
    // An explicit equal length is the same.
    const again = moved[method](8);
    assert.deepStrictEqual([...new Uint8Array(again)], [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.strictEqual(moved.detached, true);
  }
  // Longer: zero-extended. Shorter: truncated. Zero: empty.
  {
    const buffer = filled(4);
    const longer = buffer[method](7);
    assert.deepStrictEqual([...new Uint8Array(longer)], [1, 2, 3, 4, 0, 0, 0]);
    assert.strictEqual(buffer.detached, true);
    const shorter = longer[method](2);
    assert.deepStrictEqual([...new Uint8Array(shorter)], [1, 2]);
    const empty = shorter[method](0);
    assert.strictEqual(empty.byteLength, 0);
    assert.strictEqual(empty.detached, false);
    assert.strictEqual(shorter.detached, true);
  }
  // ToIndex: fractions truncate, NaN/undefined-like values, strings, valueOf.
  assert.strictEqual(filled(4)[method](2.9).byteLength, 2);
  assert.strictEqual(filled(4)[method](-0.5).byteLength, 0);
  assert.strictEqual(filled(4)[method](NaN).byteLength, 0);
  assert.strictEqual(filled(4)[method]('3').byteLength, 3);
  assert.strictEqual(filled(4)[method](null).byteLength, 0);
  assert.strictEqual(filled(4)[method]({ valueOf() { return 5; } }).byteLength, 5);
  assert.strictEqual(filled(4)[method](undefined).byteLength, 4);

  // RangeError for a bad length; the buffer stays attached.
  for (const bad of [-1, -Infinity, Infinity, 2 ** 53]) {
    const buffer = filled(4);
    assert.throws(() => buffer[method](bad), RangeError);
    assert.strictEqual(buffer.detached, false);
  }
  {
    const buffer = filled(4);
    assert.throws(() => buffer[method](-1), {
      name: 'RangeError', message: 'Invalid array buffer length',
    });
    assert.throws(() => buffer[method](Infinity), {
      name: 'RangeError', message: `ArrayBuffer.prototype.${method}: Invalid length parameter`,
    });
    // Too large to allocate.
    assert.throws(() => buffer[method](2 ** 53 - 1), RangeError);
    assert.strictEqual(buffer.detached, false);
  }
  // ToNumber errors propagate.
  assert.throws(() => filled(1)[method](1n), TypeError);
  assert.throws(() => filled(1)[method](Symbol('s')), TypeError);
  assert.throws(() => filled(1)[method]({ valueOf() { throw new SyntaxError('mine'); } }),
                { name: 'SyntaxError', message: 'mine' });

  // A detached receiver: TypeError, checked after the length was read.
  {
    const buffer = filled(4);
    buffer.transfer();
    assert.throws(() => buffer[method](), {
      name: 'TypeError',
      message: `Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`,
    });
    assert.throws(() => buffer[method](-1), RangeError);
    const other = filled(4);
    assert.throws(() => other[method]({ valueOf() { other.transfer(); return 1; } }), {
      name: 'TypeError',
      message: `Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`,
    });
  }

  // Receivers that are not ArrayBuffers: SharedArrayBuffer, views, plain objects, primitives.
  for (const receiver of [new SharedArrayBuffer(4), new Uint8Array(4), new DataView(new ArrayBuffer(1)),
    {}, [], undefined, null, 1, 'ab', true]) {
    assert.throws(() => proto[method].call(receiver), {
      name: 'TypeError',
      message: new RegExp(`^Method ArrayBuffer\\.prototype\\.${method} called on incompatible receiver `),
    });
  }
  assert.throws(() => proto[method].call(new SharedArrayBuffer(4)), {
    message: `Method ArrayBuffer.prototype.${method} called on incompatible receiver #<SharedArrayBuffer>`,
  });

  // WebAssembly memory cannot be detached.
  {
    const memory = new WebAssembly.Memory({ initial: 1 });
    assert.throws(() => memory.buffer[method](), {
      name: 'TypeError', message: 'ArrayBuffer is not detachable and could not be cloned.',
    });
    assert.throws(() => memory.buffer[method](10), TypeError);
    assert.strictEqual(memory.buffer.detached, false);
    assert.strictEqual(memory.buffer.byteLength, 65536);
  }
}

// The result is a plain, fixed-length %ArrayBuffer%, whatever the receiver's prototype.
{
  class MyBuffer extends ArrayBuffer {}
  const mine = new MyBuffer(4);
  const moved = mine.transfer();
  assert.strictEqual(Object.getPrototypeOf(moved), ArrayBuffer.prototype);
  assert.strictEqual(moved.resizable ?? false, false);
  assert.strictEqual(mine.detached, true);
  const copied = new MyBuffer(4).transfer(2);
  assert.strictEqual(Object.getPrototypeOf(copied), ArrayBuffer.prototype);
}

// The moved memory is the same memory: writes through the new buffer are all there is.
{
  const buffer = filled(3);
  const moved = buffer.transfer();
  new Uint8Array(moved)[0] = 42;
  assert.deepStrictEqual([...new Uint8Array(moved)], [42, 2, 3]);
}

// structuredClone's transfer and .transfer() agree on what detached means.
{
  const buffer = filled(2);
  structuredClone(buffer, { transfer: [buffer] });
  assert.strictEqual(buffer.detached, true);
  assert.throws(() => buffer.transfer(), TypeError);
}

// The detached getter.
assert.strictEqual(new ArrayBuffer(0).detached, false);
for (const receiver of [new SharedArrayBuffer(1), new Uint8Array(1), {}, undefined, null, 0]) {
  assert.throws(() => detachedGetter.call(receiver), {
    name: 'TypeError',
    message: /^Method get ArrayBuffer\.prototype\.detached called on incompatible receiver /,
  });
}
assert.throws(() => detachedGetter.call({}), {
  message: 'Method get ArrayBuffer.prototype.detached called on incompatible receiver #<Object>',
});

// Buffer's allocation pool is shared by many Buffers: like Node, it refuses to be transferred.
{
  const pooled = Buffer.allocUnsafe(4);
  pooled.write('abcd');
  if (pooled.buffer.byteLength > pooled.length) {
    assert.throws(() => pooled.buffer.transfer(), {
      name: 'TypeError', message: 'ArrayBuffer is not detachable and could not be cloned.',
    });
    assert.strictEqual(pooled.buffer.detached, false);
    assert.strictEqual(pooled.toString(), 'abcd');
    assert.strictEqual(Buffer.from('xyz').toString(), 'xyz');
  }
  // A Buffer's own (unpooled) memory can be transferred.
  const own = Buffer.alloc(4, 1);
  const moved = own.buffer.transfer();
  assert.strictEqual(own.length, 0);
  assert.deepStrictEqual([...new Uint8Array(moved)], [1, 1, 1, 1]);
}
