'use strict';
// ERR_INVALID_ARG_TYPE describes the value it received as Node does.
// assert.match() reports a non-RegExp `regexp` argument with this error.
const assert = require('assert');

function messageFor(value) {
  try {
    assert.match('x', value);
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    return err.message;
  }
  throw new Error('expected a throw');
}

const prefix = 'The "regexp" argument must be an instance of RegExp. Received ';
function fn() {}
class Foo {}
const cases = [
  [1, 'type number (1)'],
  [-0, 'type number (-0)'],
  [NaN, 'type number (NaN)'],
  [-Infinity, 'type number (-Infinity)'],
  [12n, 'type bigint (12n)'],
  [true, 'type boolean (true)'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
  ['abc', "type string ('abc')"],
  ["it's", 'type string ("it\'s")'],
  ['a'.repeat(40), `type string ('${'a'.repeat(25)}...')`],
  [null, 'null'],
  [undefined, 'undefined'],
  [fn, 'function fn'],
  [new Foo(), 'an instance of Foo'],
  [{}, 'an instance of Object'],
  [[1, 2], 'an instance of Array'],
  [new Map(), 'an instance of Map'],
  [Object.create(null), '[Object: null prototype] {}'],
];
for (const [value, received] of cases) {
  assert.strictEqual(messageFor(value), prefix + received);
}
