'use strict';
// Buffer() and new Buffer() still work and warn once with DEP0005 -- but not when called from a
// package under node_modules. Buffer.prototype is the prototype of every Buffer.
const assert = require('assert');
const path = require('path');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const legacy = require(path.join(__dirname, 'fixtures', 'node_modules', 'legacy'));
assert.strictEqual(legacy(3).length, 3);

setImmediate(() => {
  assert.deepStrictEqual(warnings, []);
  const a = new Buffer(4);
  const b = Buffer('abc');
  const c = Buffer('6162', 'hex');
  assert.deepStrictEqual([...a], [0, 0, 0, 0]);
  assert.strictEqual(b.toString(), 'abc');
  assert.strictEqual(c.toString(), 'ab');
  assert.ok(a instanceof Buffer && b instanceof Buffer);
  assert.throws(() => Buffer(1, 'utf8'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string. Received type number (1)',
  });
  setImmediate(() => {
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].name, 'DeprecationWarning');
    assert.strictEqual(warnings[0].code, 'DEP0005');
    assert.match(warnings[0].message, /^Buffer\(\) is deprecated due to security and usability issues\./);
  });
});

assert.strictEqual(Object.getPrototypeOf(Buffer.from('x')), Buffer.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer('x'), false);
