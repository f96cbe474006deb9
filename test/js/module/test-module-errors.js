'use strict';
// Resolution and loading errors as Node reports them.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'cjs');
const files = path.join(fixtures, 'files');
const nm = path.join(fixtures, 'app', 'node_modules');
const req = createRequire(path.join(fixtures, 'app', 'index.js'));

// MODULE_NOT_FOUND with the require stack, innermost first.
assert.throws(() => require(path.join(files, 'require-chain.js')), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  const stack = [path.join(files, 'requires-missing.js'), path.join(files, 'require-chain.js'),
    __filename];
  assert.deepStrictEqual(err.requireStack, stack);
  assert.strictEqual(err.message,
                     `Cannot find module './does-not-exist'\nRequire stack:\n- ${stack.join('\n- ')}`);
  return true;
});
// A module that failed to load is not cached, and is not left among the children.
assert.strictEqual(require.cache[path.join(files, 'require-chain.js')], undefined);
assert.ok(!module.children.some((m) => m.id === path.join(files, 'require-chain.js')));

assert.throws(() => require('no-such-package-anywhere'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'no-such-package-anywhere'\nRequire stack:\n- ${__filename}`,
});

// Bad ids.
assert.throws(() => require(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (42)',
});
assert.throws(() => require.resolve({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "request" argument must be of type string. Received an instance of Object',
});
assert.throws(() => require.resolve('x', { paths: 'nope' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'nope'",
});
assert.throws(() => require('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});

// JSON: a parse error names the file (the rest of the message is V8's and differs by version).
assert.throws(() => require(path.join(files, 'bad.json')), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${path.join(files, 'bad.json')}: `), err.message);
  return true;
});

// package.json that is not JSON. (Node 22's message; node v20 says "Error parsing ...".)
if (!process.versions.node.startsWith('20.')) {
  assert.throws(() => req('bad-json'), {
    code: 'ERR_INVALID_PACKAGE_CONFIG',
    message: `Invalid package config ${path.join(nm, 'bad-json', 'package.json')}.`,
  });
}

// "main" pointing nowhere, with no index.js to fall back to.
assert.throws(() => req('bad-main'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module '${path.join(nm, 'bad-main', 'nope.js')}'. ` +
                     'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, path.join(nm, 'bad-main', 'package.json'));
  assert.strictEqual(err.requestPath, 'bad-main');
  return true;
});

// With index.js there, it loads with DEP0128.
let warning;
process.once('warning', (w) => { warning = w; });
assert.strictEqual(req('warn-main'), 'warn-main-index');
process.nextTick(() => {
  assert.strictEqual(warning.code, 'DEP0128');
  assert.strictEqual(warning.message,
                     `Invalid 'main' field in '${path.join(nm, 'warn-main', 'package.json')}' of ` +
                     "'nope.js'. Please either fix that or report it to the module author");
});

// A syntax error is thrown from require, naming the file in its stack, and nothing is cached.
assert.throws(() => require(path.join(files, 'syntax-error.js')), SyntaxError);
assert.strictEqual(require.cache[path.join(files, 'syntax-error.js')], undefined);

// Native addons: tide cannot load them; node fails on this fake file in its own way.
if (process.versions.tide) {
  assert.throws(() => require(path.join(files, 'addon.node')), {
    code: 'ERR_DLOPEN_FAILED',
    message: `Cannot load native addon ${path.join(files, 'addon.node')}: native addons ` +
      '(.node files) are not supported by tide',
  });
} else {
  assert.throws(() => require(path.join(files, 'addon.node')), { code: 'ERR_DLOPEN_FAILED' });
}
