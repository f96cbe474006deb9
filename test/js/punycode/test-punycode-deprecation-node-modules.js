'use strict';
// DEP0040 is for application code: a package under node_modules may load punycode without a
// warning (Node 22.14+ and 23.7+). The module is then cached, so later loads do not warn either.
const assert = require('assert');

const warnings = [];
process.on('warning', (warning) => warnings.push(warning));

const fromPackage = require('uses-punycode');
assert.strictEqual(require('punycode'), fromPackage);
assert.strictEqual(fromPackage.encode('\u00fc'), 'tda');

setImmediate(() => {
  assert.deepStrictEqual(warnings.map((w) => w.code), []);
});
