'use strict';
// A DOMException has a stack like an Error's, headed by its name and message, and prints as
// Node prints it.
const assert = require('assert');
const util = require('util');

function makeOne() {
  return new DOMException('it went wrong', 'NotSupportedError');
}
const err = makeOne();
assert.strictEqual(typeof err.stack, 'string');
assert.match(err.stack, /^NotSupportedError: it went wrong\n/);
assert.match(err.stack, /at makeOne /);
assert.ok(Object.hasOwn(err, 'stack'));

const printed = util.inspect(err);
assert.match(printed, /^DOMException \[NotSupportedError\]: it went wrong\n {4}at /);
assert.match(util.inspect({ nested: new DOMException('x', 'AbortError') }),
             /^\{\n {2}nested: DOMException \[AbortError\]: x\n/);

// Thrown and caught like any error.
assert.throws(() => { throw makeOne(); }, { name: 'NotSupportedError', code: 9 });
assert.throws(() => { throw makeOne(); }, DOMException);
