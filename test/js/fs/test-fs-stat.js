'use strict';
// stat/lstat/fstat/statfs: the Stats and BigIntStats shapes (fields, Dates, is* methods, inspect
// output keys), throwIfNoEntry, the three forms, and the errors.
const assert = require('assert');
const fs = require('fs');
const util = require('util');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('s.txt');
fs.writeFileSync(f, '12345');
fs.symlinkSync(f, join('link'));

const s = fs.statSync(f);
assert.ok(s instanceof fs.Stats);
// Node 22 makes the Date fields on first read (node v20 made them eagerly).
const isV20 = process.version.startsWith('v20.');
assert.deepStrictEqual(Object.keys(s).slice(0, 14), [
  'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs',
]);
if (!isV20) {
  assert.strictEqual(Object.keys(s).length, 14);
  assert.strictEqual(s.atime, s.atime);
  assert.ok(Object.keys(s).includes('atime'));
  s.ctime = 'set';
  assert.strictEqual(s.ctime, 'set');
}
assert.strictEqual(s.size, 5);
assert.ok(s.isFile());
assert.ok(!s.isDirectory());
assert.ok(!s.isSymbolicLink());
assert.ok(s.mtime instanceof Date);
assert.strictEqual(s.mtime.getTime(), Math.round(s.mtimeMs));
assert.match(util.inspect(s), /^Stats \{\n  dev: \d+,\n  mode: \d+,/);
assert.ok(fs.statSync(dir).isDirectory());
assert.ok(fs.lstatSync(join('link')).isSymbolicLink());
assert.ok(fs.statSync(join('link')).isFile());
assert.ok(fs.statSync('/dev/null').isCharacterDevice());

const b = fs.statSync(f, { bigint: true });
assert.strictEqual(b.constructor.name, 'BigIntStats');
assert.strictEqual(b.size, 5n);
assert.strictEqual(typeof b.mtimeNs, 'bigint');
assert.strictEqual(b.mtimeMs, b.mtimeNs / 1000000n);
assert.ok(b.isFile());
assert.deepStrictEqual(Object.keys(b).slice(14, 18), ['atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs']);

assert.strictEqual(fs.statSync(join('none'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(join('none'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(join('none')), {
  code: 'ENOENT', syscall: 'stat', message: `ENOENT: no such file or directory, stat '${join('none')}'`,
});
assert.throws(() => fs.lstatSync(join('none')), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.statSync(join('s.txt', 'x')), { code: 'ENOTDIR' });
assert.throws(() => fs.fstatSync(1e9), { code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat' });

const fd = fs.openSync(f);
assert.strictEqual(fs.fstatSync(fd).ino, s.ino);
fs.fstat(fd, mustCall((err, st) => {
  assert.ifError(err);
  assert.strictEqual(st.size, 5);
  fs.closeSync(fd);
}));
fs.stat(f, mustCall((err, st) => {
  assert.ifError(err);
  assert.strictEqual(st.ino, s.ino);
}));
fs.lstat(join('link'), { bigint: true }, mustCall((err, st) => {
  assert.ifError(err);
  assert.ok(st.isSymbolicLink());
  assert.strictEqual(typeof st.ino, 'bigint');
}));
fs.stat(join('none'), mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.path, join('none'));
}));

const sf = fs.statfsSync('/');
assert.deepStrictEqual(Object.keys(sf), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.strictEqual(sf.constructor.name, 'StatFs');
assert.strictEqual(typeof fs.statfsSync('/', { bigint: true }).bsize, 'bigint');
assert.throws(() => fs.statfsSync(join('none')), { code: 'ENOENT', syscall: 'statfs' });
fs.statfs('/', mustCall((err, r) => {
  assert.ifError(err);
  assert.ok(r.bsize > 0);
}));

(async () => {
  const p = await fs.promises.stat(f);
  assert.strictEqual(p.size, 5);
  assert.ok((await fs.promises.lstat(join('link'))).isSymbolicLink());
  assert.strictEqual((await fs.promises.stat(f, { bigint: true })).size, 5n);
  assert.ok((await fs.promises.statfs('/')).blocks > 0);
  await assert.rejects(fs.promises.stat(join('none')), { code: 'ENOENT', syscall: 'stat' });
})().then(mustCall());
