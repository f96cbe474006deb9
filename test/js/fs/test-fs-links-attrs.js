'use strict';
// symlink/readlink/link/realpath (+ native), copyFile (COPYFILE_EXCL), chmod/fchmod, chown
// family (to the current owner), utimes/futimes/lutimes, truncate/ftruncate, fsync/fdatasync,
// access/exists, in sync, callback and promise forms.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('target.txt');
fs.writeFileSync(f, 'abcdef');
fs.symlinkSync('target.txt', join('rel-link'));
assert.strictEqual(fs.readlinkSync(join('rel-link')), 'target.txt');
assert.ok(Buffer.isBuffer(fs.readlinkSync(join('rel-link'), 'buffer')));
assert.strictEqual(fs.realpathSync(join('rel-link')), fs.realpathSync(f));
assert.strictEqual(fs.realpathSync.native(join('rel-link')), fs.realpathSync(f));
assert.throws(() => fs.symlinkSync('x', join('rel-link')), {
  code: 'EEXIST', syscall: 'symlink', path: 'x', dest: join('rel-link'),
  message: `EEXIST: file already exists, symlink 'x' -> '${join('rel-link')}'`,
});
assert.throws(() => fs.readlinkSync(f), { code: 'EINVAL', syscall: 'readlink' });
assert.throws(() => fs.symlinkSync('a', join('l2'), 'bogus'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "bogus"',
});
// realpath names the first missing component, as Node's resolver does.
assert.throws(() => fs.realpathSync(join('no', 'deeper')), {
  code: 'ENOENT', syscall: 'lstat', message: `ENOENT: no such file or directory, lstat '${join('no')}'`,
});
assert.throws(() => fs.realpathSync.native(join('no')), { code: 'ENOENT', syscall: 'realpath' });

fs.linkSync(f, join('hard'));
assert.strictEqual(fs.statSync(f).nlink, 2);
assert.throws(() => fs.linkSync(join('none'), join('h2')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, link '${join('none')}' -> '${join('h2')}'`,
});

fs.copyFileSync(f, join('copy'));
assert.strictEqual(fs.readFileSync(join('copy'), 'utf8'), 'abcdef');
assert.throws(() => fs.copyFileSync(f, join('copy'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile',
  message: `EEXIST: file already exists, copyfile '${f}' -> '${join('copy')}'`,
});
assert.throws(() => fs.copyFileSync(f, join('c2'), 8), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError', message: 'mode is out of range: >= 0 && <= 7',
});

fs.chmodSync(f, 0o640);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
fs.chmodSync(f, '600');
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
assert.throws(() => fs.chmodSync(f, 'rw'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.chmodSync(join('none'), 0o600), { code: 'ENOENT', syscall: 'chmod' });
const { uid, gid } = fs.statSync(f);
fs.chownSync(f, uid, gid);
fs.lchownSync(join('rel-link'), uid, gid);
assert.throws(() => fs.chownSync(f, -2, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.chownSync(f, 'a', 0), { code: 'ERR_INVALID_ARG_TYPE' });

fs.utimesSync(f, 1000, new Date(2000000));
let st = fs.statSync(f);
assert.strictEqual(st.atimeMs, 1000000);
assert.strictEqual(st.mtimeMs, 2000000);
fs.lutimesSync(join('rel-link'), 5, 6);
assert.strictEqual(fs.lstatSync(join('rel-link')).mtimeMs, 6000);
assert.throws(() => fs.utimesSync(f, {}, 0), { code: 'ERR_INVALID_ARG_TYPE' });

fs.truncateSync(f, 3);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.truncateSync(f);
assert.strictEqual(fs.statSync(f).size, 0);
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 10);
assert.strictEqual(fs.fstatSync(fd).size, 10);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fchmodSync(fd, 0o644);
fs.fchownSync(fd, uid, gid);
fs.futimesSync(fd, 7, 8);
assert.strictEqual(fs.fstatSync(fd).mtimeMs, 8000);
fs.closeSync(fd);
assert.throws(() => fs.ftruncateSync(fd), { code: 'EBADF', syscall: 'ftruncate' });
assert.throws(() => fs.truncateSync(f, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK);
assert.throws(() => fs.accessSync(join('none')), {
  code: 'ENOENT', syscall: 'access', message: `ENOENT: no such file or directory, access '${join('none')}'`,
});
assert.throws(() => fs.accessSync(f, 8), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(fs.existsSync(f), true);
assert.strictEqual(fs.existsSync(join('none')), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);

fs.exists(f, mustCall((yes) => assert.strictEqual(yes, true)));
fs.exists(join('none'), mustCall((yes) => assert.strictEqual(yes, false)));
require('util').promisify(fs.exists)(f).then(mustCall((yes) => assert.strictEqual(yes, true)));
fs.access(join('none'), mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.symlink(f, join('cb-link'), mustCall((err) => {
  assert.ifError(err);
  fs.readlink(join('cb-link'), mustCall((err, t) => {
    assert.ifError(err);
    assert.strictEqual(t, f);
  }));
  fs.realpath(join('cb-link'), mustCall((err, r) => {
    assert.ifError(err);
    assert.strictEqual(r, fs.realpathSync(f));
  }));
}));
fs.truncate(f, 2, mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(fs.statSync(f).size, 2);
  fs.copyFile(f, join('cb-copy'), mustCall((err) => {
    assert.ifError(err);
    fs.chmod(join('cb-copy'), 0o600, mustCall((err) => {
      assert.ifError(err);
      fs.utimes(join('cb-copy'), 1, 2, mustCall((err) => {
        assert.ifError(err);
        assert.strictEqual(fs.statSync(join('cb-copy')).mtimeMs, 2000);
      }));
    }));
  }));
}));

(async () => {
  await fsp.access(f);
  await assert.rejects(fsp.access(join('none')), { code: 'ENOENT' });
  await fsp.copyFile(f, join('p-copy'));
  await fsp.symlink('p-copy', join('p-link'));
  assert.strictEqual(await fsp.readlink(join('p-link')), 'p-copy');
  assert.strictEqual(await fsp.realpath(join('p-link')), fs.realpathSync(join('p-copy')));
  await fsp.link(join('p-copy'), join('p-hard'));
  await fsp.chmod(join('p-copy'), 0o600);
  await fsp.chown(join('p-copy'), uid, gid);
  await fsp.lchown(join('p-link'), uid, gid);
  await fsp.utimes(join('p-copy'), 3, 4);
  await fsp.lutimes(join('p-link'), 3, 4);
  await fsp.truncate(join('p-copy'), 1);
  assert.strictEqual((await fsp.stat(join('p-copy'))).size, 1);
  await fsp.unlink(join('p-hard'));
  await assert.rejects(fsp.lchmod(f, 0o600), { code: 'ERR_METHOD_NOT_IMPLEMENTED' });
})().then(mustCall());
void dir;
