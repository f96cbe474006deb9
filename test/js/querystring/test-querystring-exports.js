'use strict';
// The module's shape: Node's export names in Node's order, aliases, and node:querystring.
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);
assert.strictEqual(require('node:querystring'), qs);
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(qs.decode, qs.parse);
for (const name of Object.keys(qs)) assert.strictEqual(typeof qs[name], 'function', name);
assert.strictEqual(qs.parse.length, 4);
assert.strictEqual(qs.stringify.length, 4);
