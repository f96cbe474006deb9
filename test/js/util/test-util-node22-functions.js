'use strict';
// util functions Node 22 added or still exports: diff, getCallSites (and the renamed
// getCallSite), getSystemErrorMessage, _errnoException, _exceptionWithHostPort, setTraceSigInt.
// Node 20 lacks most of them; expectations are Node 22.23's.
const assert = require('assert');
const util = require('util');

// diff: strings by character, arrays of strings by item; 1 = only in actual, -1 = only in expected.
assert.deepStrictEqual(util.diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff(['a', 'b', 'c'], ['a', 'x', 'c', 'd']),
                       [[0, 'a'], [1, 'b'], [-1, 'x'], [0, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('', 'x'), [[-1, 'x']]);
assert.deepStrictEqual(util.diff([], []), []);  // Node 22.23 throws a TypeError here (a bug)
assert.deepStrictEqual(util.diff('same', 'same'), [[0, 's'], [0, 'a'], [0, 'm'], [0, 'e']]);
assert.throws(() => util.diff(1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.diff('a', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type string. Received an instance of Object',
});

// getCallSites: plain objects (null prototype), lines and columns from 1, the caller first.
function where() {
  return util.getCallSites();
}
const sites = where();
assert.ok(sites.length >= 2 && sites.length <= 10);
assert.strictEqual(Object.getPrototypeOf(sites[0]), null);
assert.deepStrictEqual(Object.keys(sites[0]),
                       ['functionName', 'scriptId', 'scriptName', 'lineNumber', 'columnNumber', 'column']);
assert.strictEqual(sites[0].functionName, 'where');
assert.strictEqual(sites[0].scriptName, __filename);
assert.strictEqual(sites[0].lineNumber, 26);
assert.strictEqual(sites[0].columnNumber, 15);
assert.strictEqual(sites[0].column, 15);
assert.strictEqual(typeof sites[0].scriptId, 'string');
assert.strictEqual(sites[1].lineNumber, 28);
assert.strictEqual(util.getCallSites(1).length, 1);
assert.strictEqual(util.getCallSites({ sourceMap: false })[0].lineNumber, 41);
for (const bad of [0, -1, 201]) {
  assert.throws(() => util.getCallSites(bad), {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received ${bad}`,
  });
}
assert.throws(() => util.getCallSites('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => util.getCallSites({ sourceMap: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.sourceMap" property must be of type boolean. Received type number (1)',
});
// The old name warns once that it was renamed.
const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual(util.getCallSite(1)[0].lineNumber, 56);
util.getCallSite(1);

// getSystemErrorMessage: libuv's text.
assert.strictEqual(util.getSystemErrorMessage(-2), 'no such file or directory');
assert.strictEqual(util.getSystemErrorMessage(-13), 'permission denied');
assert.throws(() => util.getSystemErrorMessage(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 2',
});
assert.throws(() => util.getSystemErrorMessage('x'), { code: 'ERR_INVALID_ARG_TYPE' });

// The legacy exception builders.
const e1 = util._errnoException(-2, 'open', 'extra');
assert.strictEqual(e1.message, 'open ENOENT extra');
assert.deepStrictEqual([e1.code, e1.errno, e1.syscall], ['ENOENT', -2, 'open']);
assert.deepStrictEqual(Object.keys(e1), ['errno', 'code', 'syscall']);
const e2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'x');
assert.strictEqual(e2.message, 'connect ECONNREFUSED 127.0.0.1:80 - Local (x)');
assert.deepStrictEqual(Object.keys(e2), ['errno', 'code', 'syscall', 'address', 'port']);

// setTraceSigInt: off is the default (test-util-set-trace-sigint.js tests it on).
util.setTraceSigInt(false);

process.on('exit', () => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'ExperimentalWarning');
  assert.strictEqual(warnings[0].message,
                     'The `util.getCallSite` API has been renamed to `util.getCallSites()`.');
});
