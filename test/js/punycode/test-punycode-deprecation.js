'use strict';
// DEP0040: loading the deprecated module from application code emits one DeprecationWarning
// (Node 22's rule; node 20, which only warns with --pending-deprecation, emits none).
const assert = require('assert');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

const punycode = require('punycode');
assert.strictEqual(require('node:punycode'), punycode);

const major = Number(process.versions.node.split('.')[0]);
setImmediate(() => {
  if (major < 21) {
    assert.deepStrictEqual(warnings, []);
    return;
  }
  assert.strictEqual(warnings.length, 1);
  const [warning] = warnings;
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0040');
  assert.strictEqual(warning.message,
                     'The `punycode` module is deprecated. Please use a userland alternative instead.');
});
