'use strict';
// util.inherits: sets ctor.super_ and chains the prototypes; validates its arguments.

const assert = require('assert');
const util = require('util');

function Animal(name) {
  this.name = name;
}
Animal.prototype.speak = function() { return `${this.name} speaks`; };

function Dog(name) {
  Animal.call(this, name);
}
Dog.prototype.own = function() { return 'own'; };
util.inherits(Dog, Animal);

const dog = new Dog('Rex');
assert.strictEqual(dog.speak(), 'Rex speaks');
assert.strictEqual(dog.own(), 'own');
assert.ok(dog instanceof Animal);
assert.strictEqual(Dog.super_, Animal);
assert.strictEqual(Object.getPrototypeOf(Dog.prototype), Animal.prototype);
// super_ is writable and configurable but not enumerable.
assert.deepStrictEqual(Object.keys(Dog), []);
const desc = Object.getOwnPropertyDescriptor(Dog, 'super_');
assert.strictEqual(desc.writable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(desc.enumerable, false);

// Classes work too.
class Base {}
function Legacy() {}
util.inherits(Legacy, Base);
assert.ok(new Legacy() instanceof Base);

assert.throws(() => util.inherits(null, Animal), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Dog, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
const noPrototype = () => {};
assert.throws(() => util.inherits(Dog, noPrototype), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
