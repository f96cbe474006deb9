'use strict';
// structuredClone copies what the HTML structured clone algorithm copies: primitives (with -0 and
// BigInt), boxed primitives, Date, RegExp, Map, Set, arrays (sparse, with extra properties),
// plain objects (own enumerable string keys only, getters read), typed arrays and DataViews,
// ArrayBuffers, and cycles and shared references.

const assert = require('assert');

assert.strictEqual(typeof structuredClone, 'function');
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.strictEqual(structuredClone.length, 0);

// Primitives.
for (const value of [undefined, null, true, false, 0, 1.5, NaN, Infinity, -Infinity, '', 'text',
  '\u{1f600}', 2n ** 100n, -5n]) {
  assert.ok(Object.is(structuredClone(value), value), String(value));
}
assert.ok(Object.is(structuredClone(-0), -0));

// Boxed primitives.
{
  const n = structuredClone(new Number(3));
  assert.strictEqual(typeof n, 'object');
  assert.strictEqual(n.valueOf(), 3);
  assert.strictEqual(structuredClone(new String('abc')).valueOf(), 'abc');
  assert.strictEqual(structuredClone(new Boolean(false)).valueOf(), false);
  assert.strictEqual(structuredClone(Object(10n)).valueOf(), 10n);
  assert.ok(structuredClone(Object(10n)) instanceof BigInt);
}

// Date and RegExp.
{
  const date = new Date(1700000000000);
  const copy = structuredClone(date);
  assert.ok(copy instanceof Date);
  assert.notStrictEqual(copy, date);
  assert.strictEqual(copy.getTime(), date.getTime());
  assert.ok(Number.isNaN(structuredClone(new Date(NaN)).getTime()));

  const re = /a+b/gimsuy;
  re.lastIndex = 3;
  const reCopy = structuredClone(re);
  assert.ok(reCopy instanceof RegExp);
  assert.strictEqual(reCopy.source, 'a+b');
  assert.strictEqual(reCopy.flags, re.flags);
  assert.strictEqual(reCopy.lastIndex, 0);
}

// Map and Set, with object keys.
{
  const key = { k: 1 };
  const map = new Map([[key, new Set([1, 'two', key])], ['x', [1, 2]]]);
  const copy = structuredClone(map);
  assert.ok(copy instanceof Map);
  assert.deepStrictEqual(copy, map);
  const [copyKey, copySet] = [...copy][0];
  assert.notStrictEqual(copyKey, key);
  assert.ok(copySet.has(copyKey), 'a key reached twice is one object in the copy');
}

// Arrays.
{
  const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
  const copy = structuredClone(sparse);
  assert.strictEqual(copy.length, 3);
  assert.ok(!(1 in copy));
  const withProps = [1, 2];
  withProps.extra = 'x';
  assert.strictEqual(structuredClone(withProps).extra, 'x');
  const long = [];
  long[1000] = 'end';
  assert.strictEqual(structuredClone(long).length, 1001);
  assert.strictEqual(structuredClone(long)[1000], 'end');
}

// Plain objects: prototype, symbols, non-enumerable properties and private fields are dropped;
// getters are read.
{
  class Point {
    #secret = 1;
    constructor() { this.x = 1; this.y = 2; }
    get sum() { return this.x + this.y; }
  }
  const copy = structuredClone(new Point());
  assert.strictEqual(Object.getPrototypeOf(copy), Object.prototype);
  assert.deepStrictEqual(copy, { x: 1, y: 2 });

  const obj = { a: 1, get b() { return 2; }, [Symbol('s')]: 3 };
  Object.defineProperty(obj, 'hidden', { value: 4, enumerable: false });
  const objCopy = structuredClone(obj);
  assert.deepStrictEqual(objCopy, { a: 1, b: 2 });
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(objCopy, 'b'),
                         { value: 2, writable: true, enumerable: true, configurable: true });
  assert.deepStrictEqual(structuredClone(Object.assign(Object.create({ inherited: 1 }), { own: 2 })),
                         { own: 2 });
  const nullProto = Object.create(null);
  nullProto.k = 'v';
  assert.deepStrictEqual(structuredClone(nullProto), { k: 'v' });
}

// Cycles and shared references.
{
  const obj = { name: 'root' };
  obj.self = obj;
  obj.list = [obj, obj];
  const copy = structuredClone(obj);
  assert.notStrictEqual(copy, obj);
  assert.strictEqual(copy.self, copy);
  assert.strictEqual(copy.list[0], copy);
  assert.strictEqual(copy.list[1], copy);

  const shared = { v: 1 };
  const pair = structuredClone({ a: shared, b: shared });
  assert.strictEqual(pair.a, pair.b);
}

// Typed arrays, DataView, ArrayBuffer.
{
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array];
  for (const Type of types) {
    const source = new Type([1, 2, 3, 4]);
    const copy = structuredClone(source);
    assert.ok(copy instanceof Type, Type.name);
    assert.notStrictEqual(copy.buffer, source.buffer);
    assert.deepStrictEqual(copy, source);
  }
  assert.deepStrictEqual(structuredClone(new BigInt64Array([-1n, 2n])), new BigInt64Array([-1n, 2n]));
  assert.deepStrictEqual(structuredClone(new BigUint64Array([1n])), new BigUint64Array([1n]));

  // A view keeps its offset into a copy of the whole buffer.
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const sub = structuredClone(bytes.subarray(1, 3));
  assert.deepStrictEqual(Array.from(sub), [2, 3]);
  assert.strictEqual(sub.byteOffset, 1);
  assert.strictEqual(sub.buffer.byteLength, 4);

  const view = structuredClone(new DataView(new ArrayBuffer(4), 1));
  assert.ok(view instanceof DataView);
  assert.strictEqual(view.byteOffset, 1);
  assert.strictEqual(view.byteLength, 3);

  const buffer = new Uint8Array([9, 8, 7]).buffer;
  const bufferCopy = structuredClone(buffer);
  assert.ok(bufferCopy instanceof ArrayBuffer);
  assert.notStrictEqual(bufferCopy, buffer);
  assert.deepStrictEqual(Array.from(new Uint8Array(bufferCopy)), [9, 8, 7]);
  assert.strictEqual(buffer.byteLength, 3, 'the source is untouched');

  // Two views on one buffer stay on one buffer.
  const backing = new ArrayBuffer(8);
  const both = structuredClone({ a: new Uint8Array(backing), b: new Uint16Array(backing, 2) });
  assert.strictEqual(both.a.buffer, both.b.buffer);
}

// A deep structure.
{
  let deep = { leaf: true };
  for (let i = 0; i < 1000; i++) deep = { child: deep };
  let copy = structuredClone(deep);
  for (let i = 0; i < 1000; i++) copy = copy.child;
  assert.strictEqual(copy.leaf, true);
}
