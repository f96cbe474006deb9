'use strict';
// process.title is a non-empty string and can be set.

const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
assert.ok(process.title.length > 0);
process.title = 'tide-ttl';
assert.strictEqual(process.title, 'tide-ttl');
process.title = 123;  // coerced to a string
assert.strictEqual(process.title, '123');
