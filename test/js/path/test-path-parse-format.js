'use strict';
// path.parse splits into { root, dir, base, ext, name }; path.format puts them back together.
const assert = require('assert');
const path = require('path');

const P = (root, dir, base, ext, name) => ({ root, dir, base, ext, name });

const posixCases = [
  ['', P('', '', '', '', '')],
  ['/', P('/', '/', '', '', '')],
  ['//', P('/', '/', '', '', '')],
  ['///', P('/', '/', '', '', '')],
  ['/foo', P('/', '/', 'foo', '', 'foo')],
  ['/foo/', P('/', '/', 'foo', '', 'foo')],
  ['/home/user/dir/file.txt', P('/', '/home/user/dir', 'file.txt', '.txt', 'file')],
  ['/home/user/a dir/another File.zip', P('/', '/home/user/a dir', 'another File.zip', '.zip', 'another File')],
  ['/home/user/a dir//another&File.', P('/', '/home/user/a dir/', 'another&File.', '.', 'another&File')],
  ['/home/user/a$$$dir//another File.zip', P('/', '/home/user/a$$$dir/', 'another File.zip', '.zip', 'another File')],
  ['user/dir/another File.zip', P('', 'user/dir', 'another File.zip', '.zip', 'another File')],
  ['file', P('', '', 'file', '', 'file')],
  ['.\\file', P('', '', '.\\file', '', '.\\file')],
  ['./file', P('', '.', 'file', '', 'file')],
  ['C:\\foo', P('', '', 'C:\\foo', '', 'C:\\foo')],
  ['.bashrc', P('', '', '.bashrc', '', '.bashrc')],
  ['/.bashrc', P('/', '/', '.bashrc', '', '.bashrc')],
  ['a.tar.gz', P('', '', 'a.tar.gz', '.gz', 'a.tar')],
  ['..', P('', '', '..', '', '..')],
  ['...', P('', '', '...', '.', '..')],
  ['a/..', P('', 'a', '..', '', '..')],
  // Node's quirk: '..' right under the root parses with ext '.'.
  ['/..', P('/', '/', '..', '.', '.')],
  ['/foo/..', P('/', '/foo', '..', '', '..')],
  ['x/', P('', '', 'x', '', 'x')],
  ['x//y//', P('', 'x/', 'y', '', 'y')],
];
for (const [input, expected] of posixCases) {
  assert.deepStrictEqual(path.posix.parse(input), expected, `posix.parse(${JSON.stringify(input)})`);
}

const winCases = [
  ['', P('', '', '', '', '')],
  ['\\', P('\\', '\\', '', '', '')],
  ['/', P('/', '/', '', '', '')],
  ['x', P('', '', 'x', '', 'x')],
  ['C:', P('C:', 'C:', '', '', '')],
  ['C:\\', P('C:\\', 'C:\\', '', '', '')],
  ['C:/', P('C:/', 'C:/', '', '', '')],
  ['C:abc', P('C:', 'C:', 'abc', '', 'abc')],
  ['C:\\abc', P('C:\\', 'C:\\', 'abc', '', 'abc')],
  ['C:\\path\\dir\\index.html', P('C:\\', 'C:\\path\\dir', 'index.html', '.html', 'index')],
  ['C:\\another_path\\DIR\\1\\2\\33\\\\index', P('C:\\', 'C:\\another_path\\DIR\\1\\2\\33\\', 'index', '', 'index')],
  ['another_path\\DIR with spaces\\1\\2\\33\\index', P('', 'another_path\\DIR with spaces\\1\\2\\33', 'index', '', 'index')],
  ['\\index.html', P('\\', '\\', 'index.html', '.html', 'index')],
  ['\\foo\\C:', P('\\', '\\foo', 'C:', '', 'C:')],
  ['file', P('', '', 'file', '', 'file')],
  ['file:stream', P('', '', 'file:stream', '', 'file:stream')],
  ['.\\file', P('', '.', 'file', '', 'file')],
  ['C:\\foo\\bar\\', P('C:\\', 'C:\\foo', 'bar', '', 'bar')],
  ['\\\\server\\share\\file_path', P('\\\\server\\share\\', '\\\\server\\share\\', 'file_path', '', 'file_path')],
  ['\\\\server two\\shared folder\\file path.zip', P('\\\\server two\\shared folder\\', '\\\\server two\\shared folder\\', 'file path.zip', '.zip', 'file path')],
  ['\\\\teela\\admin$\\system32', P('\\\\teela\\admin$\\', '\\\\teela\\admin$\\', 'system32', '', 'system32')],
  ['\\\\?\\UNC\\server\\share', P('\\\\?\\UNC\\', '\\\\?\\UNC\\server', 'share', '', 'share')],
  ['\\\\server\\share', P('\\\\server\\share', '\\\\server\\share', '', '', '')],
  ['//server/share/a/b.c', P('//server/share/', '//server/share/a', 'b.c', '.c', 'b')],
  ['\\\\server', P('\\', '\\', 'server', '', 'server')],
  ['C:..', P('C:', 'C:', '..', '', '..')],
  ['C:\\...', P('C:\\', 'C:\\', '...', '.', '..')],
];
for (const [input, expected] of winCases) {
  assert.deepStrictEqual(path.win32.parse(input), expected, `win32.parse(${JSON.stringify(input)})`);
}

// format: dir (or root) + base (or name + ext); the separator is only added after a dir that
// is not the root itself.
const formatCases = [
  [{ dir: 'some/dir' }, 'some/dir/', 'some/dir\\'],
  [{ base: 'index.html' }, 'index.html', 'index.html'],
  [{ root: '/' }, '/', '/'],
  [{ name: 'index', ext: '.html' }, 'index.html', 'index.html'],
  [{ dir: 'some/dir', name: 'index', ext: '.html' }, 'some/dir/index.html', 'some/dir\\index.html'],
  [{ root: '/', name: 'index', ext: '.html' }, '/index.html', '/index.html'],
  [{ name: 'x', ext: 'png' }, 'x.png', 'x.png'],
  [{ name: 'x', ext: '.png' }, 'x.png', 'x.png'],
  [{ name: 'x', ext: '..png' }, 'x..png', 'x..png'],
  [{ name: 'x', ext: '' }, 'x', 'x'],
  [{ name: '', ext: '.png' }, '.png', '.png'],
  [{ root: '/', dir: '/', base: 'x' }, '/x', '/x'],
  [{ root: '/r', dir: '/d', base: 'x' }, '/d/x', '/d\\x'],
  [{ base: 'b', name: 'ignored', ext: '.ignored' }, 'b', 'b'],
  [{}, '', ''],
  [{ dir: 'C:\\path\\dir', base: 'file.txt' }, 'C:\\path\\dir/file.txt', 'C:\\path\\dir\\file.txt'],
  [{ root: 'C:\\', dir: 'C:\\', base: 'x' }, 'C:\\x', 'C:\\x'],
];
for (const [obj, posixExpected, winExpected] of formatCases) {
  assert.strictEqual(path.posix.format(obj), posixExpected, `posix.format(${JSON.stringify(obj)})`);
  assert.strictEqual(path.win32.format(obj), winExpected, `win32.format(${JSON.stringify(obj)})`);
}

// format(parse(p)) gives p back, modulo trailing separators.
const roundTrip = [
  ['posix', ['/home/user/dir/file.txt', 'user/dir/file', '/a', 'file', '.x', '/']],
  ['win32', ['C:\\path\\dir\\index.html', '\\\\server\\share\\file', 'C:abc', 'C:\\', 'x.y', '\\x']],
];
for (const [flavour, inputs] of roundTrip) {
  for (const input of inputs) {
    assert.strictEqual(path[flavour].format(path[flavour].parse(input)), input, `${flavour} round trip ${input}`);
  }
}
