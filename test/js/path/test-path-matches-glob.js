'use strict';
// path.matchesGlob (Node 22): minimatch with Node's options (no negation, no comments, Windows
// separators on win32). Node 20 lacks it.
const assert = require('assert');
const path = require('path');

const cases = [
  ['/foo/bar', '/foo/*', true],
  ['/foo/bar/baz', '/foo/*', false],
  ['/foo/bar/baz', '/foo/**', true],
  ['a.js', '*.{js,ts}', true],
  ['a.md', '*.{js,ts}', false],
  ['.hidden', '*', false],
  ['x/y.txt', '**/*.txt', true],
  ['x/y/z.txt', 'x/**/z.txt', true],
  ['abc', 'a?c', true],
  ['abc', 'a[bx]c', true],
  ['abc', 'a[!b]c', false],
  ['a+b', '+(a|b)\\+b', false],
  ['aab', '+(a)b', true],
  ['!a', '!a', true],           // nonegate: "!" is literal
  ['#a', '#a', true],           // nocomment: "#" is literal
  ['File.JS', '*.js', false],   // case-sensitive on Linux
];
for (const [p, pattern, expected] of cases) {
  assert.strictEqual(path.matchesGlob(p, pattern), expected, `${p} ~ ${pattern}`);
  assert.strictEqual(path.posix.matchesGlob(p, pattern), expected, `posix: ${p} ~ ${pattern}`);
}
assert.strictEqual(path.win32.matchesGlob('a\\b', 'a/b'), true);
assert.strictEqual(path.win32.matchesGlob('a\\b\\c.js', 'a/**/*.js'), true);
assert.strictEqual(path.posix.matchesGlob('a\\b', 'a/b'), false);

assert.throws(() => path.matchesGlob(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.matchesGlob('x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pattern" argument must be of type string. Received null',
});
assert.deepStrictEqual(Object.keys(path).slice(10, 13), ['parse', 'matchesGlob', 'sep']);
