'use strict';
// JavaScript built-ins newer than V8 10.2 (ES2023 and later) that Node 22 programs rely on,
// implemented to the spec and installed like the real ones (non-enumerable, right name and length).
// They live in the startup snapshot. New syntax cannot be added this way: docs/compat.md lists it.

function defineMethod(target, name, fn, length) {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(fn, 'name', { __proto__: null, value: name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: length });
  Object.defineProperty(target, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
}

// Promise.withResolvers (ES2024): { promise, resolve, reject } of a new promise of `this` kind.
defineMethod(Promise, 'withResolvers', function withResolvers() {
  let resolve;
  let reject;
  const promise = new this((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}, 0);
