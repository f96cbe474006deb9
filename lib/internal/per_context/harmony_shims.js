'use strict';
// V8 10.2 leaves out of a context that is being serialized the built-ins that ship behind "harmony"
// flags (Object.hasOwn, Array/String/TypedArray.prototype.at, findLast, findLastIndex), and adds them
// when the snapshot is deserialized. lib/ code that runs while the snapshot is built — or captures
// such a built-in then — would otherwise see undefined. This installs spec-conformant stand-ins
// for the missing ones; exports.remove() takes them off again once the bootstrap has run, so every
// program sees V8's own built-ins. Where the built-ins exist (no snapshot being built) it does nothing.

const installed = [];

function install(target, name, fn) {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
  installed.push([target, name]);
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

install(Object, 'hasOwn', named(shims.hasOwn, 'hasOwn', 2));
install(Array.prototype, 'at', named(shims.arrayAt, 'at', 1));
install(Array.prototype, 'findLast', named(shims.findLast, 'findLast', 1));
install(Array.prototype, 'findLastIndex', named(shims.findLastIndex, 'findLastIndex', 1));
install(String.prototype, 'at', named(shims.stringAt, 'at', 1));
install(TypedArrayPrototype, 'at', named(shims.typedAt, 'at', 1));
install(TypedArrayPrototype, 'findLast', named(shims.typedFindLast, 'findLast', 1));
install(TypedArrayPrototype, 'findLastIndex', named(shims.typedFindLastIndex, 'findLastIndex', 1));

exports.remove = function remove() {
  for (const [target, name] of installed) delete target[name];
  installed.length = 0;
};
