'use strict';
// path.join: non-empty arguments joined with the separator, then normalized.
const assert = require('assert');
const path = require('path');

// [args, posix result, win32 result]
const cases = [
  [['.', 'x/b', '..', '/b/c.js'], 'x/b/c.js'],
  [[], '.'],
  [['/.', 'x/b', '..', '/b/c.js'], '/x/b/c.js'],
  [['/foo', '../../../bar'], '/bar'],
  [['foo', '../../../bar'], '../../bar'],
  [['foo/', '../../../bar'], '../../bar'],
  [['foo/x', '../../../bar'], '../bar'],
  [['foo/x', './bar'], 'foo/x/bar'],
  [['foo/x/', './bar'], 'foo/x/bar'],
  [['foo/x/', '.', 'bar'], 'foo/x/bar'],
  [['./'], './'],
  [['.', './'], './'],
  [['.', '.', '.'], '.'],
  [['.', './', '.'], '.'],
  [['.', '/./', '.'], '.'],
  [['.', '/////./', '.'], '.'],
  [['.'], '.'],
  [['', '.'], '.'],
  [['', 'foo'], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['', '/foo'], '/foo'],
  [['', '', '/foo'], '/foo'],
  [['', '', 'foo'], 'foo'],
  [['foo', ''], 'foo'],
  [['foo/', ''], 'foo/'],
  [['foo', '', '/bar'], 'foo/bar'],
  [['./', '..', '/foo'], '../foo'],
  [['./', '..', '..', '/foo'], '../../foo'],
  [['.', '..', '..', '/foo'], '../../foo'],
  [['', '..', '..', '/foo'], '../../foo'],
  [['/'], '/'],
  [['/', '.'], '/'],
  [['/', '..'], '/'],
  [['/', '..', '..'], '/'],
  [[''], '.'],
  [['', ''], '.'],
  [[' /foo'], ' /foo'],
  [[' ', 'foo'], ' /foo'],
  [[' ', '.'], ' '],
  [[' ', '/'], ' /'],
  [[' ', ''], ' '],
  [['/', 'foo'], '/foo'],
  [['/', '/foo'], '/foo'],
  [['/', '//foo'], '/foo'],
  [['/', '', '/foo'], '/foo'],
  [['', '/', 'foo'], '/foo'],
  [['', '/', '/foo'], '/foo'],
];
for (const [args, expected] of cases) {
  assert.strictEqual(path.posix.join(...args), expected, `posix.join(${JSON.stringify(args)})`);
  // Without backslashes, drives or leading '//', win32 gives the same with '\'.
  assert.strictEqual(path.win32.join(...args), expected.replace(/\//g, '\\'),
                     `win32.join(${JSON.stringify(args)})`);
}

// Backslashes are ordinary characters on POSIX.
assert.strictEqual(path.posix.join('a\\b', 'c'), 'a\\b/c');
assert.strictEqual(path.posix.join('//a', '//b'), '/a/b');

// win32: UNC roots are kept only when the first part clearly starts one.
const winCases = [
  [['//foo/bar'], '\\\\foo\\bar\\'],
  [['\\/foo/bar'], '\\\\foo\\bar\\'],
  [['\\\\foo/bar'], '\\\\foo\\bar\\'],
  [['//foo', 'bar'], '\\\\foo\\bar\\'],
  [['//foo/', 'bar'], '\\\\foo\\bar\\'],
  [['//foo', '/bar'], '\\\\foo\\bar\\'],
  [['//foo', '', 'bar'], '\\\\foo\\bar\\'],
  [['//foo/', '', 'bar'], '\\\\foo\\bar\\'],
  [['//foo/', '', '/bar'], '\\\\foo\\bar\\'],
  [['', '//foo', 'bar'], '\\\\foo\\bar\\'],
  [['', '//foo/', 'bar'], '\\\\foo\\bar\\'],
  [['', '//foo/', '/bar'], '\\\\foo\\bar\\'],
  [['\\', 'foo/bar'], '\\foo\\bar'],
  [['\\', '/foo/bar'], '\\foo\\bar'],
  [['', '/', '/foo/bar'], '\\foo\\bar'],
  [['//', 'foo/bar'], '\\foo\\bar'],
  [['//', '/foo/bar'], '\\foo\\bar'],
  [['\\\\', '/', '/foo/bar'], '\\foo\\bar'],
  [['//'], '\\'],
  [['//foo'], '\\foo'],
  [['//foo/'], '\\foo\\'],
  [['//foo', '/'], '\\foo\\'],
  [['//foo', '', '/'], '\\foo\\'],
  [['///foo/bar'], '\\foo\\bar'],
  [['////foo', 'bar'], '\\foo\\bar'],
  [['\\\\\\/foo/bar'], '\\foo\\bar'],
  [['c:'], 'c:.'],
  [['c:.'], 'c:.'],
  [['c:', ''], 'c:.'],
  [['', 'c:'], 'c:.'],
  [['c:.', '/'], 'c:.\\'],
  [['c:.', 'file'], 'c:file'],
  [['c:', '/'], 'c:\\'],
  [['c:', 'file'], 'c:\\file'],
  [['C:\\a', '..\\..\\b'], 'C:\\b'],
  // Device names and colons must not turn a relative path into a device or drive.
  [['CON:', 'x'], '.\\CON:x'],
  [['a', 'c:'], '.\\a\\c:'],
  [['a', 'b:c'], 'a\\b:c'],
  [['.', 'c:/x'], '.\\c:\\x'],
];
for (const [args, expected] of winCases) {
  assert.strictEqual(path.win32.join(...args), expected, `win32.join(${JSON.stringify(args)})`);
}
