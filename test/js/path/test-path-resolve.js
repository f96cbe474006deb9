'use strict';
// path.resolve: right-to-left until absolute, then the cwd; result normalized, no trailing slash.
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
const posixCwd = cwd;

const posixCases = [
  [['/var/lib', '../', 'file/'], '/var/file'],
  [['/var/lib', '/../', 'file/'], '/file'],
  [['a/b/c/', '../../..'], posixCwd],
  [['.'], posixCwd],
  [[''], posixCwd],
  [[], posixCwd],
  [['', ''], posixCwd],
  [['/some/dir', '.', '/absolute/'], '/absolute'],
  [['/foo/tmp.3/', '../tmp.3/cycles/root.js'], '/foo/tmp.3/cycles/root.js'],
  [['/'], '/'],
  [['//'], '/'],
  [['///a//b/'], '/a/b'],
  [['/a/b', '../../../..'], '/'],
  [['/a', 'b', 'c'], '/a/b/c'],
  [['/a', '/b', 'c'], '/b/c'],
  [['/a/b', './c/./d/'], '/a/b/c/d'],
  [['/a/b', '..'], '/a'],
  [['/a/b', '...'], '/a/b/...'],
  [['/a/b', '.x', 'y.'], '/a/b/.x/y.'],
  [['/a\\b', 'c'], '/a\\b/c'],
  [['/x', 'C:\\y'], '/x/C:\\y'],
  [['/x', ''], '/x'],
];
for (const [args, expected] of posixCases) {
  assert.strictEqual(path.posix.resolve(...args), expected, `posix.resolve(${JSON.stringify(args)})`);
}

// Relative inputs resolve against the cwd.
assert.strictEqual(path.posix.resolve('a', 'b'), posixCwd === '/' ? '/a/b' : `${posixCwd}/a/b`);
assert.strictEqual(path.posix.resolve('..'), path.posix.dirname(posixCwd));
assert.strictEqual(path.posix.resolve('a/../../b'), path.posix.join(path.posix.dirname(posixCwd), 'b'));

// Arguments to the left of an absolute one are not even looked at.
assert.strictEqual(path.posix.resolve(42, '/a'), '/a');

// The default export is the posix flavour on Linux.
if (process.platform !== 'win32') assert.strictEqual(path.resolve, path.posix.resolve);

// win32: drives, UNC roots, per-drive cwd (unset here, so the drive's cwd is the process cwd
// as a tail, or the drive root).
const winCases = [
  [['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  [['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], 'd:\\e.exe'],
  [['c:/ignore', 'c:/some/file'], 'c:\\some\\file'],
  [['d:/ignore', 'd:some/dir//'], 'd:\\ignore\\some\\dir'],
  [['//server/share', '..', 'relative\\'], '\\\\server\\share\\relative'],
  [['c:/', '//'], 'c:\\'],
  [['c:/', '//dir'], 'c:\\dir'],
  [['c:/', '//server/share'], '\\\\server\\share\\'],
  [['c:/', '//server//share'], '\\\\server\\share\\'],
  [['c:/', '///some//dir'], 'c:\\some\\dir'],
  [['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], 'C:\\foo\\tmp.3\\cycles\\root.js'],
  [['\\\\.\\PHYSICALDRIVE0'], '\\\\.\\PHYSICALDRIVE0'],
  [['\\\\?\\PHYSICALDRIVE0'], '\\\\?\\PHYSICALDRIVE0'],
  [['C:\\a', 'D:\\b', 'c:c'], 'c:\\a\\c'],
  [['C:\\', '..', '..'], 'C:\\'],
  [['\\\\s\\h\\a\\b', '..\\..\\..'], '\\\\s\\h\\'],
  [['C:/a/b/', './c'], 'C:\\a\\b\\c'],
];
for (const [args, expected] of winCases) {
  assert.strictEqual(path.win32.resolve(...args), expected, `win32.resolve(${JSON.stringify(args)})`);
}

// Without a drive anywhere, the (POSIX) process cwd supplies the tail: '\' + cwd segments.
const winCwd = `\\${cwd.split('/').filter(Boolean).join('\\')}`;
assert.strictEqual(path.win32.resolve('.'), winCwd);
assert.strictEqual(path.win32.resolve('\\x', 'y'), '\\x\\y');
assert.strictEqual(path.win32.resolve('/'), '\\');

// A drive-relative path takes that drive's cwd from the '=C:' variable, which a POSIX environment
// cannot hold, so the process cwd is used under the drive.
assert.strictEqual(path.win32.resolve('C:rel'), path.win32.join(`C:${winCwd}`, 'rel'));
assert.strictEqual(path.win32.resolve('c:'), `c:${winCwd}`);
