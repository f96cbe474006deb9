'use strict';
// Modules are compiled as functions of the file itself: stack frames carry the file's own line
// and column numbers (no offset from the CommonJS wrapper), on the first line too.
const assert = require('assert');
const path = require('path');

const files = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'files');
const boom = require(path.join(files, 'throws.js'));
try {
  boom();
  assert.fail('boom() did not throw');
} catch (err) {
  const frames = err.stack.split('\n');
  assert.strictEqual(frames[1], `    at boom (${path.join(files, 'throws.js')}:4:9)`);
}
const here = new Error('here').stack.split('\n')[1];
assert.ok(here.endsWith(`${__filename}:16:14)`), here);

// A syntax error points at the offending line of the file.
try {
  require(path.join(files, 'syntax-error.js'));
  assert.fail('no SyntaxError');
} catch (err) {
  assert.ok(err instanceof SyntaxError);
}
