'use strict';
// URL and URLSearchParams are globals, the same classes node:url exports; the module's exports;
// module.createRequire accepts file: URLs.
const assert = require('assert');
const url = require('url');
const nodeUrl = require('node:url');
const { createRequire } = require('module');

assert.strictEqual(url, nodeUrl);
assert.strictEqual(globalThis.URL, url.URL);
assert.strictEqual(globalThis.URLSearchParams, url.URLSearchParams);
assert.strictEqual(typeof URL, 'function');
assert.strictEqual(URL.name, 'URL');
assert.strictEqual(URLSearchParams.name, 'URLSearchParams');
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'URL').enumerable, false);
for (const name of ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams',
                    'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath',
                    'urlToHttpOptions']) {
  assert.ok(name in url, name);
}
assert.throws(() => URL(), TypeError); // a class, not callable

// createRequire with a URL object, a file: string (percent-decoded), and an invalid one.
const fromURL = createRequire(url.pathToFileURL(__filename));
assert.strictEqual(fromURL('./test-url-globals.js') !== undefined, true);
const spaced = createRequire('file:///tmp/a%20b/x.js');
assert.strictEqual(spaced.resolve.paths('x')[0], '/tmp/a b/node_modules');
assert.throws(() => createRequire('relative'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => createRequire('http://x/y.js'), { code: 'ERR_INVALID_ARG_VALUE' });
