'use strict';
// path.extname: from the last '.' of the last segment, unless that dot starts the segment.
const assert = require('assert');
const path = require('path');

const cases = [
  ['', ''],
  ['/path/to/file', ''],
  ['/path/to/file.ext', '.ext'],
  ['/path.to/file.ext', '.ext'],
  ['/path.to/file', ''],
  ['/path.to/.file', ''],
  ['/path.to/.file.ext', '.ext'],
  ['/path/to/f.ext', '.ext'],
  ['/path/to/..ext', '.ext'],
  ['/path/to/..', ''],
  ['file', ''],
  ['file.ext', '.ext'],
  ['.file', ''],
  ['.file.ext', '.ext'],
  ['/file', ''],
  ['/file.ext', '.ext'],
  ['/.file', ''],
  ['/.file.ext', '.ext'],
  ['.path/file.ext', '.ext'],
  ['file.ext.ext', '.ext'],
  ['file.', '.'],
  ['.', ''],
  ['./', ''],
  ['.file.ext', '.ext'],
  ['.file', ''],
  ['.file.', '.'],
  ['.file..', '.'],
  ['..', ''],
  ['../', ''],
  ['..file.ext', '.ext'],
  ['..file', '.file'],
  ['..file.', '.'],
  ['..file..', '.'],
  ['...', '.'],
  ['...ext', '.ext'],
  ['....', '.'],
  ['file.ext/', '.ext'],
  ['file.ext//', '.ext'],
  ['file/', ''],
  ['file//', ''],
  ['file./', '.'],
  ['file.//', '.'],
  ['/..', ''],
  ['index.d.ts', '.ts'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(path.posix.extname(input), expected, `posix.extname(${JSON.stringify(input)})`);
  // The same with '\' separators on Windows.
  const winInput = input.replace(/\//g, '\\');
  assert.strictEqual(path.win32.extname(winInput), expected, `win32.extname(${JSON.stringify(winInput)})`);
}

// Backslashes are separators on Windows only; drive prefixes are not part of the name.
const flavoured = [
  ['.\\', '', ''],
  ['..\\', '.\\', ''],
  ['file.ext\\', '.ext\\', '.ext'],
  ['file.ext\\\\', '.ext\\\\', '.ext'],
  ['file\\', '', ''],
  ['file\\\\', '', ''],
  ['file.\\', '.\\', '.'],
  ['file.\\\\', '.\\\\', '.'],
  ['C:.ext', '.ext', ''],
  ['C:x.ext', '.ext', '.ext'],
  ['C:\\.ext', '.ext', ''],
  ['dir.x\\file', '.x\\file', ''],
];
for (const [input, posixExpected, winExpected] of flavoured) {
  assert.strictEqual(path.posix.extname(input), posixExpected, `posix.extname(${JSON.stringify(input)})`);
  assert.strictEqual(path.win32.extname(input), winExpected, `win32.extname(${JSON.stringify(input)})`);
}
