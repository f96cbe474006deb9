'use strict';
// V8 10.2 leaves out of a context that is being serialized the built-ins that ship behind "harmony"
// flags (Object.hasOwn, Array/String/TypedArray.prototype.at, findLast, findLastIndex), and adds them
// when the snapshot is deserialized. lib/ code that captures such a built-in while the snapshot is
// built would keep undefined. So primordials get spec-conformant stand-ins for the missing ones
// (ObjectHasOwn, ArrayPrototypeAt, …), and lib/ captures them from there.
// The real objects are never touched: adding and deleting properties on Array.prototype or
// String.prototype turns them into slow dictionary-mode objects, and every array and string method
// call in every program pays for it (3× slower string code, measured). Calling `.at()` and friends
// while the snapshot is built fails loudly, at build time.

function install(owner, name, fn) {
  const key = `${owner}${name[0].toUpperCase()}${name.slice(1)}`;
  const real = { Object, ArrayPrototype: Array.prototype, StringPrototype: String.prototype,
    TypedArrayPrototype }[owner];
  if (Object.prototype.hasOwnProperty.call(real, name)) return;  // V8 has it: primordials copy it
  primordials[key] = owner === 'Object' ? fn : (self, ...args) => Reflect.apply(fn, self, args);
}

function toIntegerOrInfinity(value) {
  const n = +value;
  if (n !== n || n === 0) return 0;  // NaN, +0, -0
  return Math.trunc(n);
}

function toLength(value) {
  const len = toIntegerOrInfinity(value);
  return len <= 0 ? 0 : Math.min(len, Number.MAX_SAFE_INTEGER);
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;

function requireCallable(fn) {
  if (typeof fn !== 'function') throw new TypeError(`${String(fn)} is not a function`);
}

const shims = {
  hasOwn(object, key) {
    if (object === undefined || object === null) {
      throw new TypeError('Cannot convert undefined or null to object');
    }
    return Object.prototype.hasOwnProperty.call(Object(object), key);
  },
  arrayAt(index) {
    const o = Object(this);
    const len = toLength(o.length);
    let k = toIntegerOrInfinity(index);
    if (k < 0) k += len;
    return k < 0 || k >= len ? undefined : o[k];
  },
  stringAt(index) {
    if (this === undefined || this === null) {
      throw new TypeError('String.prototype.at called on null or undefined');
    }
    const s = `${this}`;
    let k = toIntegerOrInfinity(index);
    if (k < 0) k += s.length;
    return k < 0 || k >= s.length ? undefined : s[k];
  },
  findLast(predicate, thisArg) {
    const o = Object(this);
    const len = toLength(o.length);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      const value = o[k];
      if (predicate.call(thisArg, value, k, o)) return value;
    }
    return undefined;
  },
  findLastIndex(predicate, thisArg) {
    const o = Object(this);
    const len = toLength(o.length);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      if (predicate.call(thisArg, o[k], k, o)) return k;
    }
    return -1;
  },
  typedAt(index) {
    const len = typedArrayLength.call(this);  // throws for a non-typed-array receiver
    let k = toIntegerOrInfinity(index);
    if (k < 0) k += len;
    return k < 0 || k >= len ? undefined : this[k];
  },
  typedFindLast(predicate, thisArg) {
    const len = typedArrayLength.call(this);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      const value = this[k];
      if (predicate.call(thisArg, value, k, this)) return value;
    }
    return undefined;
  },
  typedFindLastIndex(predicate, thisArg) {
    const len = typedArrayLength.call(this);
    requireCallable(predicate);
    for (let k = len - 1; k >= 0; k--) {
      if (predicate.call(thisArg, this[k], k, this)) return k;
    }
    return -1;
  },
};

function named(fn, name, length) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  return fn;
}

install('Object', 'hasOwn', named(shims.hasOwn, 'hasOwn', 2));
install('ArrayPrototype', 'at', named(shims.arrayAt, 'at', 1));
install('ArrayPrototype', 'findLast', named(shims.findLast, 'findLast', 1));
install('ArrayPrototype', 'findLastIndex', named(shims.findLastIndex, 'findLastIndex', 1));
install('StringPrototype', 'at', named(shims.stringAt, 'at', 1));
install('TypedArrayPrototype', 'at', named(shims.typedAt, 'at', 1));
install('TypedArrayPrototype', 'findLast', named(shims.typedFindLast, 'findLast', 1));
install('TypedArrayPrototype', 'findLastIndex',
        named(shims.typedFindLastIndex, 'findLastIndex', 1));
