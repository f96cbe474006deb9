'use strict';
// path.dirname: everything before the last segment, without the separator(s) before it.
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['/a/b/', '/a'],
  ['/a/b', '/a'],
  ['/a', '/'],
  ['', '.'],
  ['/', '/'],
  ['////', '/'],
  ['//a', '//'],
  ['foo', '.'],
  ['foo/', '.'],
  ['foo/bar', 'foo'],
  ['foo/bar/', 'foo'],
  ['/a//b', '/a/'],
  ['a//b//', 'a/'],
  ['./x', '.'],
  ['../x', '..'],
  ['.', '.'],
  ['..', '.'],
  ['/usr/lib/node_modules/x/index.js', '/usr/lib/node_modules/x'],
  ['a\\b', '.'],
  ['C:\\x', '.'],
];
for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.dirname(input), expected, `posix.dirname(${JSON.stringify(input)})`);
}

const winCases = [
  ['c:\\', 'c:\\'],
  ['c:\\foo', 'c:\\'],
  ['c:\\foo\\', 'c:\\'],
  ['c:\\foo\\bar', 'c:\\foo'],
  ['c:\\foo\\bar\\', 'c:\\foo'],
  ['c:\\foo\\bar\\baz', 'c:\\foo\\bar'],
  ['c:\\foo bar\\baz', 'c:\\foo bar'],
  ['\\', '\\'],
  ['\\foo', '\\'],
  ['\\foo\\', '\\'],
  ['\\foo\\bar', '\\foo'],
  ['\\foo\\bar\\', '\\foo'],
  ['\\foo\\bar\\baz', '\\foo\\bar'],
  ['\\foo bar\\baz', '\\foo bar'],
  ['c:', 'c:'],
  ['c:foo', 'c:'],
  ['c:foo\\', 'c:'],
  ['c:foo\\bar', 'c:foo'],
  ['c:foo\\bar\\', 'c:foo'],
  ['c:foo\\bar\\baz', 'c:foo\\bar'],
  ['c:foo bar\\baz', 'c:foo bar'],
  ['file:stream', '.'],
  ['dir\\file:stream', 'dir'],
  ['\\\\unc\\share', '\\\\unc\\share'],
  ['\\\\unc\\share\\foo', '\\\\unc\\share\\'],
  ['\\\\unc\\share\\foo\\', '\\\\unc\\share\\'],
  ['\\\\unc\\share\\foo\\bar', '\\\\unc\\share\\foo'],
  ['\\\\unc\\share\\foo\\bar\\', '\\\\unc\\share\\foo'],
  ['\\\\unc\\share\\foo\\bar\\baz', '\\\\unc\\share\\foo\\bar'],
  ['/a/b/', '/a'],
  ['/a/b', '/a'],
  ['/a', '/'],
  ['', '.'],
  ['/', '/'],
  ['////', '/'],
  ['foo', '.'],
  ['//server', '/'],
  ['//server/', '/'],
  ['//server/share/', '//server/share/'],
];
for (const [input, expected] of winCases) {
  assert.strictEqual(path.win32.dirname(input), expected, `win32.dirname(${JSON.stringify(input)})`);
}

// dirname is idempotent at the root.
for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  const root = flavour === 'posix' ? '/' : 'C:\\';
  assert.strictEqual(p.dirname(p.dirname(root)), root);
}
