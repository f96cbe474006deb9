'use strict';
// indexOf / lastIndexOf / includes with strings (in an encoding), Buffers and bytes, and byteOffset.
const assert = require('assert');

const b = Buffer.from('abcdef abcdef');
assert.strictEqual(b.indexOf('cd'), 2);
assert.strictEqual(b.indexOf('cd', 3), 9);
assert.strictEqual(b.indexOf('cd', -4), 9);
assert.strictEqual(b.indexOf('cd', -100), 2);
assert.strictEqual(b.indexOf('cd', 100), -1);
assert.strictEqual(b.indexOf('zz'), -1);
assert.strictEqual(b.lastIndexOf('cd'), 9);
assert.strictEqual(b.lastIndexOf('cd', 8), 2);
assert.strictEqual(b.lastIndexOf('cd', -5), 2);
assert.strictEqual(b.lastIndexOf('cd', -100), -1);
assert.strictEqual(b.lastIndexOf('cd', 100), 9);
assert.strictEqual(b.indexOf(Buffer.from('ef')), 4);
assert.strictEqual(b.lastIndexOf(Buffer.from('ef')), 11);
assert.strictEqual(b.indexOf(new Uint8Array([0x20])), 6);
assert.strictEqual(b.indexOf(0x63), 2);
assert.strictEqual(b.indexOf(0x63 + 256), 2);
assert.strictEqual(b.lastIndexOf(0x63), 9);
assert.strictEqual(b.indexOf(99, 3), 9);
assert.strictEqual(b.indexOf(0x7a), -1);
assert.strictEqual(b.indexOf('cd', 1.9), 2);
assert.strictEqual(b.indexOf('cd', NaN), 2);
assert.strictEqual(b.lastIndexOf('cd', NaN), 9);
assert.strictEqual(b.lastIndexOf('cd', null), -1);  // null is 0, as in Node

// Empty needles.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 5), 5);
assert.strictEqual(b.indexOf('', 100), 13);
assert.strictEqual(b.lastIndexOf(''), 13);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 3), 3);

// Encodings (as the second or third argument).
assert.strictEqual(b.indexOf('6364', 'hex'), 2);
assert.strictEqual(b.indexOf('6364', 4, 'hex'), 9);
assert.strictEqual(b.indexOf('Y2Q=', 'base64'), 2);
assert.strictEqual(Buffer.from('aébc', 'latin1').indexOf('é', 'latin1'), 1);
assert.strictEqual(Buffer.from('aé€').indexOf('€'), 3);
assert.strictEqual(Buffer.from('abc', 'utf16le').indexOf('b', 'utf16le'), 2);
assert.throws(() => b.indexOf('a', 0, 'nope'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
});

assert.strictEqual(b.includes('def'), true);
assert.strictEqual(b.includes('def', 11), false);
assert.strictEqual(b.includes(0x20), true);
assert.strictEqual(b.includes(Buffer.from('xyz')), false);

for (const bad of [{}, null, undefined, true, []]) {
  assert.throws(() => b.indexOf(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array\./,
  });
}
