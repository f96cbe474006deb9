'use strict';
// Replacing Module.wrap (as some instrumentation tools do) changes the source every later module
// is compiled from; stack lines stay those of the file.
const assert = require('assert');
const path = require('path');
const Module = require('module');

const files = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs', 'files');
const original = Module.wrap;
Module.wrap = function(script) {
  return original('var injected = 42;' + script);
};
assert.strictEqual(require(path.join(files, 'uses-injected.js')), 42);
assert.throws(() => require(path.join(files, 'throws-line3.js')), (err) => {
  assert.strictEqual(err.stack.split('\n')[1],
                     `    at Object.<anonymous> (${path.join(files, 'throws-line3.js')}:3:7)`);
  return true;
});
