'use strict';
// util.MIMEParams: a map of parameter names to values, validated on set, serialized with
// quoting where a value is not a token, iterable as entries.

const assert = require('assert');
const { MIMEParams, inspect } = require('util');

const params = new MIMEParams();
assert.strictEqual(params.get('a'), null);
assert.strictEqual(params.has('a'), false);
assert.strictEqual(String(params), '');

params.set('A', '');
params.set('b', 'x y');
params.set('c', 'q"\\');
params.set('d', 1);
assert.strictEqual(params.get('A'), '');
assert.strictEqual(params.get('d'), '1');
assert.strictEqual(params.has('A'), true);
assert.strictEqual(String(params), 'A="";b="x y";c="q\\"\\\\";d=1');
assert.strictEqual(params.toJSON(), String(params));

params.delete('A');
assert.deepStrictEqual([...params.keys()], ['b', 'c', 'd']);
assert.deepStrictEqual([...params.values()], ['x y', 'q"\\', '1']);
assert.deepStrictEqual([...params.entries()], [['b', 'x y'], ['c', 'q"\\'], ['d', '1']]);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.strictEqual(inspect(params), 'MIMEParams {}');

assert.throws(() => params.set('a b', 'x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter name in "a b" is invalid at 1',
});
assert.throws(() => params.set('', 'x'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter name in "" is invalid',
});
assert.throws(() => params.set('ab', 'x\n'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter value in "x\n" is invalid at 1',
});
assert.strictEqual(params.has('ab'), false);
