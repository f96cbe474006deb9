'use strict';

// Constructing an assert.CallTracker warns once with DEP0173, as Node 20-24 do.

const assert = require('assert');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

new assert.CallTracker();
new assert.CallTracker();

process.on('exit', () => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0173');
  assert.strictEqual(warnings[0].message, 'assert.CallTracker is deprecated.');
});
