'use strict';
// Object.defineProperty on process.env accepts only a configurable, writable, enumerable data
// descriptor (the value becomes a string); anything else is ERR_INVALID_OBJECT_DEFINE_PROPERTY.

const assert = require('assert');

const key = 'TIDE_TEST_DEFINE_PROPERTY';
Object.defineProperty(process.env, key,
                      { value: 5, configurable: true, writable: true, enumerable: true });
assert.strictEqual(process.env[key], '5');

assert.throws(() => Object.defineProperty(process.env, key, { value: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});
assert.throws(() => Object.defineProperty(process.env, key, { get() { return 'y'; } }), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.strictEqual(process.env[key], '5');
delete process.env[key];
