'use strict';
// path.isAbsolute: a leading '/' on POSIX; a leading separator or 'X:' + separator on Windows.
const assert = require('assert');
const path = require('path');

// [input, posix, win32]
const cases = [
  ['', false, false],
  ['/', true, true],
  ['//', true, true],
  ['/home/foo', true, true],
  ['/home/foo/..', true, true],
  ['bar/', false, false],
  ['./baz', false, false],
  ['.', false, false],
  ['\\', false, true],
  ['\\\\', false, true],
  ['\\\\server', false, true],
  ['\\\\server\\file', false, true],
  ['//server', true, true],
  ['//server/file', true, true],
  ['c', false, false],
  ['c:', false, false],
  ['c:\\', false, true],
  ['c:/', false, true],
  ['c://', false, true],
  ['C:/Users/', false, true],
  ['C:\\Users\\', false, true],
  ['C:cwd/another', false, false],
  ['C:cwd\\another', false, false],
  ['directory/directory', false, false],
  ['directory\\directory', false, false],
  ['1:\\', false, false],
  ['::\\', false, false],
  ['CON:\\', false, false],
];
for (const [input, posixExpected, winExpected] of cases) {
  assert.strictEqual(path.posix.isAbsolute(input), posixExpected, `posix.isAbsolute(${JSON.stringify(input)})`);
  assert.strictEqual(path.win32.isAbsolute(input), winExpected, `win32.isAbsolute(${JSON.stringify(input)})`);
}
