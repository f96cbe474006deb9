'use strict';
// Permission errors: EACCES from open/readdir/mkdir when the mode forbids the access. root
// bypasses permission checks, so the test checks only the modes there (a non-root user sees the
// errors; the CI container runs as root).
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('locked');
fs.writeFileSync(f, 'secret', { mode: 0o000 });
fs.mkdirSync(join('lockeddir'), { mode: 0o000 });
assert.strictEqual(fs.statSync(f).mode & 0o777, 0);
if (require('os').userInfo().uid === 0) {
  // root: the reads succeed.
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'secret');
  fs.chmodSync(join('lockeddir'), 0o700);
} else {
  assert.throws(() => fs.readFileSync(f), {
    code: 'EACCES', syscall: 'open', message: `EACCES: permission denied, open '${f}'`,
  });
  assert.throws(() => fs.accessSync(f, fs.constants.R_OK), { code: 'EACCES', syscall: 'access' });
  assert.throws(() => fs.readdirSync(join('lockeddir')), { code: 'EACCES', syscall: 'scandir' });
  fs.readFile(f, mustCall((err) => assert.strictEqual(err.code, 'EACCES')));
  fs.chmodSync(join('lockeddir'), 0o700);
}
