'use strict';
// module.parent is deprecated (DEP0144); the warning appears only with --pending-deprecation
// (test-module-parent-deprecation.args), once.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual(module.parent, null);
require('../../fixtures/modules/cjs/files/plain.js');
const plain = require.cache[require.resolve('../../fixtures/modules/cjs/files/plain.js')];
assert.strictEqual(plain.parent, module);
// It is writable.
plain.parent = null;
assert.strictEqual(plain.parent, null);
process.on('exit', () => {
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.code, w.message]), [
    ['DeprecationWarning', 'DEP0144', 'module.parent is deprecated due to accuracy issues. Please ' +
     'use require.main to find program entry point instead.'],
  ]);
});
