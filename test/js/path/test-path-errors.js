'use strict';
// Argument validation: non-strings (and non-objects for format) throw ERR_INVALID_ARG_TYPE,
// naming the offending argument as Node does.
const assert = require('assert');
const path = require('path');

const badValues = [null, undefined, 42, true, {}, [], () => {}, Symbol('s'), 1n, new String('a')];

function expectTypeError(fn, argName, type, label) {
  assert.throws(fn, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: new RegExp(`^The "${argName.replace(/[[\]]/g, '\\$&')}" argument must be of type ${type}`),
  }, label);
}

for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  for (const bad of badValues) {
    const label = `${flavour} with ${typeof bad}`;
    for (const name of ['normalize', 'isAbsolute', 'dirname', 'extname', 'parse', 'basename']) {
      expectTypeError(() => p[name](bad), 'path', 'string', `${label}: ${name}`);
    }
    expectTypeError(() => p.join(bad), 'path', 'string', `${label}: join`);
    expectTypeError(() => p.join('a', bad, 'b'), 'path', 'string', `${label}: join 2nd`);
    expectTypeError(() => p.resolve(bad), 'paths[0]', 'string', `${label}: resolve`);
    expectTypeError(() => p.resolve('a', bad), 'paths[1]', 'string', `${label}: resolve 2nd`);
    expectTypeError(() => p.relative(bad, 'a'), 'from', 'string', `${label}: relative from`);
    expectTypeError(() => p.relative('a', bad), 'to', 'string', `${label}: relative to`);
    expectTypeError(() => p.relative(bad, bad), 'from', 'string', `${label}: relative both`);
    if (bad !== undefined) {
      // An undefined suffix means "no suffix"; anything else must be a string, checked first.
      expectTypeError(() => p.basename('a', bad), 'suffix', 'string', `${label}: basename suffix`);
      expectTypeError(() => p.basename(bad, bad), 'suffix', 'string', `${label}: basename both`);
    }
    if (bad === null || typeof bad !== 'object' || Array.isArray(bad)) {
      expectTypeError(() => p.format(bad), 'pathObject', 'object', `${label}: format`);
    }
    // toNamespacedPath never validates.
    assert.strictEqual(p.toNamespacedPath(bad), bad);
  }
  assert.strictEqual(p.basename('a.js', undefined), 'a.js');
  assert.strictEqual(p.format(new String('x')), '');
}

// Arguments left of an absolute path are never inspected by resolve; on win32 they are when the
// absolute path has no drive (resolve keeps looking for one).
assert.strictEqual(path.posix.resolve(42, '/a'), '/a');
assert.strictEqual(path.win32.resolve(42, 'C:\\a'), 'C:\\a');
expectTypeError(() => path.win32.resolve(42, '\\a'), 'paths[0]', 'string', 'win32 resolve drive lookup');

// Same strings are equal before any validation of their contents.
assert.strictEqual(path.posix.relative('x', 'x'), '');
