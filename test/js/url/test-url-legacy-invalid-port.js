'use strict';
// url.parse of a URL whose port is not a number: lenient (the rest goes to the path) but warns
// with DEP0170; an empty port is no port and does not warn.
const assert = require('assert');
const url = require('url');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const parsed = url.parse('http://a:abc/x');
assert.strictEqual(parsed.hostname, 'a');
assert.strictEqual(parsed.port, null);
assert.strictEqual(parsed.pathname, '/:abc/x');
assert.strictEqual(parsed.href, 'http://a/:abc/x');
assert.strictEqual(url.parse('http://a.com:/x').href, 'http://a.com/x');
assert.strictEqual(url.parse('http://a.com:8080/x').port, '8080');

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0170');
  assert.strictEqual(warnings[0].message, 'The URL http://a:abc/x is invalid. ' +
                     'Future versions of Node.js will throw an error.');
});
