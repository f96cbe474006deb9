'use strict';
// path.basename(path[, suffix]): the last segment, ignoring trailing separators, minus `suffix`.
const assert = require('assert');
const path = require('path');

// [args, posix result, win32 result (defaults to the posix one)]
const cases = [
  [['/dir/basename.ext'], 'basename.ext'],
  [['/basename.ext'], 'basename.ext'],
  [['basename.ext'], 'basename.ext'],
  [['basename.ext/'], 'basename.ext'],
  [['basename.ext//'], 'basename.ext'],
  [['aaa/bbb', '/bbb'], 'bbb'],
  [['aaa/bbb', 'a/bbb'], 'bbb'],
  [['aaa/bbb', 'bbb'], 'bbb'],
  [['aaa/bbb//', 'bbb'], 'bbb'],
  [['aaa/bbb', 'bb'], 'b'],
  [['aaa/bbb', 'b'], 'bb'],
  [['/aaa/bbb', '/bbb'], 'bbb'],
  [['/aaa/bbb', 'a/bbb'], 'bbb'],
  [['/aaa/bbb', 'bbb'], 'bbb'],
  [['/aaa/bbb//', 'bbb'], 'bbb'],
  [['/aaa/bbb', 'bb'], 'b'],
  [['/aaa/bbb', 'b'], 'bb'],
  [['/aaa/bbb'], 'bbb'],
  [['/aaa/'], 'aaa'],
  [['/aaa/b'], 'b'],
  [['/a/b'], 'b'],
  [['//a'], 'a'],
  [['a', 'a'], ''],
  [['/aaa/', 'a'], 'aa'],
  [['file.js', '.js'], 'file'],
  [['file.js', 'js'], 'file.'],
  [['file.js', '.ts'], 'file.js'],
  [['file.js', 'file.js'], ''],
  [['dir/file.js', 'file.js'], 'file.js'],
  [['file.js', ''], 'file.js'],
  [['file.js', 'x/file.js.longer'], 'file.js'],
  [[''], ''],
  [['/'], ''],
  [['//'], ''],
  [['.'], '.'],
  [['..'], '..'],
  [['.x'], '.x'],
  // Node's quirks when the suffix is longer than the last segment but ends with it: the
  // trailing separators stay; and a suffix on a path of separators gives the path back.
  [['a/b/', 'xb'], 'b/'],
  [['b/', 'ab'], 'b/'],
  [['///', '/'], '///', '///'],
];
for (const [args, expected, winExpected = expected] of cases) {
  assert.strictEqual(path.posix.basename(...args), expected, `posix.basename(${JSON.stringify(args)})`);
  assert.strictEqual(path.win32.basename(...args), winExpected, `win32.basename(${JSON.stringify(args)})`);
}

// Backslashes and drive letters only mean something on Windows.
const flavoured = [
  [['\\dir\\basename.ext'], '\\dir\\basename.ext', 'basename.ext'],
  [['\\basename.ext'], '\\basename.ext', 'basename.ext'],
  [['basename.ext\\'], 'basename.ext\\', 'basename.ext'],
  [['basename.ext\\\\'], 'basename.ext\\\\', 'basename.ext'],
  [['foo'], 'foo', 'foo'],
  [['aaa\\bbb', '\\bbb'], 'aaa', 'bbb'],
  [['aaa\\bbb', 'a\\bbb'], 'aa', 'bbb'],
  [['aaa\\bbb', 'bbb'], 'aaa\\', 'bbb'],
  [['aaa\\bbb\\\\\\\\', 'bbb'], 'aaa\\bbb\\\\\\\\', 'bbb'],
  [['aaa\\bbb', 'bb'], 'aaa\\b', 'b'],
  [['C:'], 'C:', ''],
  [['C:.'], 'C:.', '.'],
  [['C:\\'], 'C:\\', ''],
  [['C:\\dir\\base.ext'], 'C:\\dir\\base.ext', 'base.ext'],
  [['C:\\basename.ext'], 'C:\\basename.ext', 'basename.ext'],
  [['C:basename.ext'], 'C:basename.ext', 'basename.ext'],
  [['C:basename.ext\\'], 'C:basename.ext\\', 'basename.ext'],
  [['C:basename.ext\\\\'], 'C:basename.ext\\\\', 'basename.ext'],
  [['C:foo'], 'C:foo', 'foo'],
  [['file:stream'], 'file:stream', 'file:stream'],
  [['\\\\server\\share\\x'], '\\\\server\\share\\x', 'x'],
  [['C:\\', '\\'], 'C:', '\\'],
  // The suffix is compared case-sensitively on both.
  [['file.JS', '.js'], 'file.JS', 'file.JS'],
];
for (const [args, posixExpected, winExpected] of flavoured) {
  assert.strictEqual(path.posix.basename(...args), posixExpected, `posix.basename(${JSON.stringify(args)})`);
  assert.strictEqual(path.win32.basename(...args), winExpected, `win32.basename(${JSON.stringify(args)})`);
}

// Non-ASCII and control characters are ordinary characters.
const controlCharFilename = `Icon${String.fromCharCode(13)}`;
assert.strictEqual(path.posix.basename(`/a/b/${controlCharFilename}`), controlCharFilename);
assert.strictEqual(path.posix.basename('/a/b/ünïcödé.txt', '.txt'), 'ünïcödé');
