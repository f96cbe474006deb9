'use strict';
// path.relative(from, to): the path that leads from `from` to `to` (both resolved first).
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['/var/lib', '/var', '..'],
  ['/var/lib', '/bin', '../../bin'],
  ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'],
  ['/var/', '/var/lib', 'lib'],
  ['/', '/var/lib', 'var/lib'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b', '../..'],
  ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux', '../baz-quux'],
  ['/baz-quux', '/baz', '../baz'],
  ['/baz', '/baz-quux', '../baz-quux'],
  ['/page1/page2/foo', '/', '../../..'],
  ['/a/b', '/a/b/c/d', 'c/d'],
  ['/a/b/c/d', '/a/x/y', '../../../x/y'],
  ['/a', '/ab', '../ab'],
  ['/ab', '/a', '../a'],
  ['//a//b/', '/a/b', ''],
  ['/a/./b/../c', '/a/c/d', 'd'],
  ['/a/B', '/a/b', '../b'],
  ['', '', ''],
  ['same', 'same', ''],
];
for (const [from, to, expected] of posixCases) {
  assert.strictEqual(path.posix.relative(from, to), expected,
                     `posix.relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`);
}

// Relative arguments are resolved against the cwd first.
assert.strictEqual(path.posix.relative('a/b', 'a/c'), '../c');
assert.strictEqual(path.posix.relative('a', ''), '..');
assert.strictEqual(path.posix.relative('', 'x/y'), 'x/y');
assert.strictEqual(path.posix.relative(process.cwd(), '/'),
                   process.cwd() === '/' ? '' : process.cwd().slice(1).split('/').map(() => '..').join('/'));

const winCases = [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'],
  ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
  ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc', '..\\cccc'],
  ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'],
  ['c:/aaaa/bbbb', 'd:\\', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaaa/', 'c:/aaaa/cccc', '..\\aaaa\\cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\', '..\\..\\..\\..'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz', '..\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz', '..\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['C:\\baz-quux', 'C:\\baz', '..\\baz'],
  ['C:\\baz', 'C:\\baz-quux', '..\\baz-quux'],
  // '\\foo\baz' is a whole UNC root, yet Node climbs out of one share into another.
  ['\\\\foo\\baz-quux', '\\\\foo\\baz', '..\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux', '..\\baz-quux'],
  ['C:\\baz', '\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz', 'C:\\baz'],
  // Case-insensitive, preserving the case of `to`, also when lower-casing changes lengths.
  ['C:\\Foo\\BAR', 'c:\\foo\\bar\\Baz', 'Baz'],
  ['C:\\İ\\a', 'C:\\İ\\b', '..\\b'],
  ['C:\\İ\\a', 'C:\\i̇\\a\\c', 'c'],
  ['C:\\İx', 'C:\\İy', '..\\İy'],
];
for (const [from, to, expected] of winCases) {
  assert.strictEqual(path.win32.relative(from, to), expected,
                     `win32.relative(${JSON.stringify(from)}, ${JSON.stringify(to)})`);
}
