'use strict';
// process.chdir changes process.cwd(), relative paths resolve against the current directory,
// and a non-string is ERR_INVALID_ARG_TYPE.

const assert = require('assert');
const path = require('path');

const original = process.cwd();
assert.ok(path.isAbsolute(original));
process.chdir(__dirname);
assert.strictEqual(process.cwd(), __dirname);
process.chdir('..');
assert.strictEqual(process.cwd(), path.dirname(__dirname));
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(original);
assert.strictEqual(process.cwd(), original);

assert.throws(() => process.chdir(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.chdir(), { code: 'ERR_INVALID_ARG_TYPE' });
