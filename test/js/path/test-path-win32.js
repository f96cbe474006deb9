'use strict';
// The shape of node:path (posix and win32 flavours), and Windows-only behaviour: namespaced
// ('\\?\') paths, UNC roots and device paths.
const assert = require('assert');
const path = require('path');

// Shape: the default export is the platform's flavour; each flavour reaches both.
const expectedDefault = process.platform === 'win32' ? path.win32 : path.posix;
assert.strictEqual(path, expectedDefault);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
for (const name of ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
                    'dirname', 'basename', 'extname', 'format', 'parse']) {
  assert.strictEqual(typeof path.posix[name], 'function', `posix.${name}`);
  assert.strictEqual(typeof path.win32[name], 'function', `win32.${name}`);
}

// toNamespacedPath is the identity on POSIX, for any value.
for (const value of ['', 'a/b', '/x', 'C:\\x', 42, null, undefined]) {
  assert.strictEqual(path.posix.toNamespacedPath(value), value);
}
const obj = {};
assert.strictEqual(path.win32.toNamespacedPath(obj), obj);
assert.strictEqual(path.win32.toNamespacedPath(''), '');
assert.strictEqual(path.win32.toNamespacedPath(42), 42);

// On win32 it resolves, then prefixes drive paths with '\\?\' and UNC paths with '\\?\UNC\'.
const namespaced = [
  ['C:\\foo', '\\\\?\\C:\\foo'],
  ['C:/foo', '\\\\?\\C:\\foo'],
  ['C:\\foo\\..\\bar', '\\\\?\\C:\\bar'],
  ['\\\\foo\\bar', '\\\\?\\UNC\\foo\\bar\\'],
  ['//foo//bar', '\\\\?\\UNC\\foo\\bar\\'],
  ['\\\\server\\share\\dir\\file', '\\\\?\\UNC\\server\\share\\dir\\file'],
  ['\\\\?\\foo', '\\\\?\\foo'],
  ['\\\\?\\c:\\Windows/System', '\\\\?\\c:\\Windows\\System'],
  ['\\\\.\\pipe\\foo', '\\\\.\\pipe\\foo'],
  ['\\\\.\\PHYSICALDRIVE0', '\\\\.\\PHYSICALDRIVE0'],
  ['C:\\', '\\\\?\\C:\\'],
  ['c:\\x\\', '\\\\?\\c:\\x'],
];
for (const [input, expected] of namespaced) {
  assert.strictEqual(path.win32.toNamespacedPath(input), expected, `win32.toNamespacedPath(${JSON.stringify(input)})`);
}
// Paths without a drive resolve against the (driveless, POSIX) cwd and stay un-prefixed.
const winCwd = `\\${process.cwd().split('/').filter(Boolean).join('\\')}`;
assert.strictEqual(path.win32.toNamespacedPath('foo'), path.win32.join(winCwd, 'foo'));
assert.strictEqual(path.win32.toNamespacedPath('\\foo'), '\\foo');

// UNC roots are whole: '\\server\share' is a root, '\\server' alone is not.
assert.strictEqual(path.win32.normalize('\\\\server\\share'), '\\\\server\\share\\');
assert.strictEqual(path.win32.normalize('\\\\server'), '\\server');
assert.strictEqual(path.win32.resolve('\\\\server\\share\\..\\..'), '\\\\server\\share\\');
assert.strictEqual(path.win32.dirname('\\\\server\\share\\x'), '\\\\server\\share\\');
assert.strictEqual(path.win32.parse('\\\\server\\share\\x').root, '\\\\server\\share\\');
assert.strictEqual(path.win32.join('\\\\server', 'share', 'x'), '\\\\server\\share\\x');
assert.strictEqual(path.win32.relative('\\\\server\\share\\a', '\\\\server\\share\\b\\c'), '..\\b\\c');
assert.strictEqual(path.win32.relative('\\\\server\\share\\a', '\\\\other\\share\\a'), '\\\\other\\share\\a');

// '\\.\' and '\\?\' device roots.
assert.strictEqual(path.win32.normalize('\\\\.\\PHYSICALDRIVE0\\..\\x'), '\\\\.\\x');
assert.strictEqual(path.win32.resolve('\\\\?\\C:\\a', '..\\b'), '\\\\?\\C:\\b');
assert.strictEqual(path.win32.isAbsolute('\\\\?\\C:\\a'), true);

// Drive letters compare case-insensitively, but keep the case they were given.
assert.strictEqual(path.win32.resolve('c:\\a', 'C:b'), 'C:\\a\\b');
assert.strictEqual(path.win32.relative('C:\\A\\b', 'c:\\a\\C'), '..\\C');

// Forward slashes are separators too, and come out as backslashes.
assert.strictEqual(path.win32.normalize('C:/a//b/../c/'), 'C:\\a\\c\\');
assert.strictEqual(path.win32.join('a/b', 'c\\d'), 'a\\b\\c\\d');
assert.strictEqual(path.win32.basename('C:/x/y.txt', '.txt'), 'y');
