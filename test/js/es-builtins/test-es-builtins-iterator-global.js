'use strict';
// ES2025 Iterator global: the abstract constructor, Iterator.from, and the accessors
// Iterator.prototype.constructor / [Symbol.toStringTag]. Node 20 lacks them: there the test has
// nothing to check and exits 0. Expected values follow the spec (checked against Node 24).
const assert = require('assert');
// Only a runtime without the feature may skip: under tide a missing built-in must fail.
if (!process.versions.tide && (typeof globalThis.Iterator !== 'function')) process.exit(0);

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const global = Object.getOwnPropertyDescriptor(globalThis, 'Iterator');
assert.deepStrictEqual([global.writable, global.enumerable, global.configurable],
                       [true, false, true]);
assert.strictEqual(Iterator.name, 'Iterator');
assert.strictEqual(Iterator.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Iterator, 'prototype'),
                       { value: IteratorPrototype, writable: false, enumerable: false,
                         configurable: false });

// Abstract: neither callable nor constructible directly; subclasses work.
assert.throws(() => Iterator(), TypeError);
assert.throws(() => new Iterator(), TypeError);
class Counter extends Iterator {
  #n = 0;
  next() {
    return this.#n < 3 ? { value: this.#n++, done: false } : { value: undefined, done: true };
  }
}
const counter = new Counter();
assert.ok(counter instanceof Iterator);
assert.strictEqual(Object.prototype.toString.call(counter), '[object Iterator]');
assert.deepStrictEqual(counter.map((x) => x * 2).toArray(), [0, 2, 4]);
assert.ok([].values() instanceof Iterator);
assert.ok((function* () {})() instanceof Iterator);

// Accessors on Iterator.prototype.
for (const [key, getterName, setterName] of [
  ['constructor', 'get constructor', 'set constructor'],
  [Symbol.toStringTag, 'get [Symbol.toStringTag]', 'set [Symbol.toStringTag]']]) {
  const desc = Object.getOwnPropertyDescriptor(IteratorPrototype, key);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.get.name, getterName);
  assert.strictEqual(desc.set.name, setterName);
  assert.strictEqual(desc.get.length, 0);
  assert.strictEqual(desc.set.length, 1);
  assert.throws(() => desc.set.call(1, 'x'), TypeError);
  assert.throws(() => desc.set.call(IteratorPrototype, 'x'), TypeError);
}
assert.strictEqual(IteratorPrototype.constructor, Iterator);
assert.strictEqual(IteratorPrototype[Symbol.toStringTag], 'Iterator');
assert.throws(() => { IteratorPrototype[Symbol.toStringTag] = 'Y'; }, TypeError);
assert.strictEqual(IteratorPrototype[Symbol.toStringTag], 'Iterator');
// Assigning through an object that inherits them creates an own data property.
const child = Object.create(IteratorPrototype);
child[Symbol.toStringTag] = 'Child';
child.constructor = 5;
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(child, Symbol.toStringTag),
                       { value: 'Child', writable: true, enumerable: true, configurable: true });
assert.strictEqual(child.constructor, 5);
assert.strictEqual(Object.prototype.toString.call(child), '[object Child]');
// Iterators with a tag of their own keep it.
assert.strictEqual(Object.prototype.toString.call([].values()), '[object Array Iterator]');
assert.strictEqual(Object.prototype.toString.call((function* () {})()), '[object Generator]');

// Iterator.from.
const from = Object.getOwnPropertyDescriptor(Iterator, 'from');
assert.deepStrictEqual([from.writable, from.enumerable, from.configurable], [true, false, true]);
assert.strictEqual(from.value.name, 'from');
assert.strictEqual(from.value.length, 1);
assert.throws(() => new Iterator.from([]), TypeError);
const arrayIterator = [1].values();
assert.strictEqual(Iterator.from(arrayIterator), arrayIterator);  // already an Iterator
assert.deepStrictEqual(Iterator.from([1, 2]).toArray(), [1, 2]);
assert.deepStrictEqual(Iterator.from('ab').toArray(), ['a', 'b']);  // string primitives iterate
assert.deepStrictEqual(Iterator.from(new String('ab')).toArray(), ['a', 'b']);
for (const bad of [5, undefined, null, Symbol(), true]) {
  assert.throws(() => Iterator.from(bad), TypeError);
}
assert.throws(() => Iterator.from({ [Symbol.iterator]() { return 1; } }), TypeError);
assert.throws(() => Iterator.from({ [Symbol.iterator]: 1 }), TypeError);

// Objects that only have next() get wrapped (%WrapForValidIteratorPrototype%).
let i = 0;
const plain = { next: () => ({ value: i++, done: false }) };
const wrapped = Iterator.from(plain);
assert.notStrictEqual(wrapped, plain);
assert.ok(wrapped instanceof Iterator);
const WrapPrototype = Object.getPrototypeOf(wrapped);
assert.strictEqual(Object.getPrototypeOf(WrapPrototype), IteratorPrototype);
assert.deepStrictEqual(Reflect.ownKeys(WrapPrototype), ['next', 'return']);
assert.strictEqual(Object.prototype.toString.call(wrapped), '[object Iterator]');
assert.deepStrictEqual(wrapped.take(2).toArray(), [0, 1]);
assert.deepStrictEqual(wrapped.return(), { value: undefined, done: true });  // plain has no return
assert.throws(() => WrapPrototype.next.call({}), TypeError);
assert.throws(() => WrapPrototype.return.call({}), TypeError);
// next() passes the result through as it is; return() calls the source's return.
const odd = { next: () => 42, return: () => 'closed' };
assert.strictEqual(Iterator.from(odd).next(), 42);
assert.strictEqual(Iterator.from(odd).return(), 'closed');
