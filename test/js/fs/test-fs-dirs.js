'use strict';
// mkdir (recursive returns the first directory created), mkdtemp, readdir (withFileTypes,
// recursive, encodings), rmdir, rm (recursive, force), unlink, rename.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

assert.strictEqual(fs.mkdirSync(join('a')), undefined);
assert.strictEqual(fs.mkdirSync(join('a', 'b', 'c'), { recursive: true }), join('a', 'b'));
assert.strictEqual(fs.mkdirSync(join('a', 'b', 'c'), { recursive: true }), undefined);
assert.throws(() => fs.mkdirSync(join('a')), {
  code: 'EEXIST', syscall: 'mkdir', message: `EEXIST: file already exists, mkdir '${join('a')}'`,
});
fs.writeFileSync(join('file'), 'x');
assert.throws(() => fs.mkdirSync(join('file', 'sub'), { recursive: true }), { code: 'ENOTDIR' });
assert.throws(() => fs.mkdirSync(join('x', 'y')), { code: 'ENOENT' });
assert.throws(() => fs.mkdirSync(join('z'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')',
});
fs.mkdirSync(join('m'), 0o700);
assert.strictEqual(fs.statSync(join('m')).mode & 0o777, 0o700 & ~process.umask());

const t = fs.mkdtempSync(join('tmp-'));
assert.match(path.basename(t), /^tmp-[A-Za-z0-9]{6}$/);
assert.ok(fs.statSync(t).isDirectory());
assert.ok(Buffer.isBuffer(fs.mkdtempSync(join('tmp-'), 'buffer')));
assert.throws(() => fs.mkdtempSync(join('none', 'tmp-')), { code: 'ENOENT', syscall: 'mkdtemp' });

fs.writeFileSync(join('a', 'f1'), '');
fs.writeFileSync(join('a', 'b', 'f2'), '');
assert.deepStrictEqual(fs.readdirSync(join('a')).sort(), ['b', 'f1']);
const ents = fs.readdirSync(join('a'), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
assert.strictEqual(ents[0].name, 'b');
assert.ok(ents[0].isDirectory());
assert.ok(ents[1].isFile());
assert.strictEqual(ents[1].parentPath, join('a'));
assert.strictEqual(ents[1].path, join('a'));
assert.ok(ents[0] instanceof fs.Dirent);
assert.deepStrictEqual(fs.readdirSync(join('a'), { recursive: true }).sort(),
                       ['b', 'b/c', 'b/f2', 'f1']);
const rents = fs.readdirSync(join('a'), { recursive: true, withFileTypes: true });
assert.deepStrictEqual(rents.map((e) => path.join(e.parentPath, e.name)).sort(),
                       [join('a', 'b'), join('a', 'b', 'c'), join('a', 'b', 'f2'), join('a', 'f1')]);
assert.deepStrictEqual(fs.readdirSync(join('a'), 'buffer').map(String).sort(), ['b', 'f1']);
assert.deepStrictEqual(fs.readdirSync(join('a'), 'hex').sort(), ['62', '6631']);
assert.throws(() => fs.readdirSync(join('none')), {
  code: 'ENOENT', syscall: 'scandir', message: `ENOENT: no such file or directory, scandir '${join('none')}'`,
});
assert.throws(() => fs.readdirSync(join('file')), { code: 'ENOTDIR', syscall: 'scandir' });

fs.renameSync(join('file'), join('file2'));
assert.ok(!fs.existsSync(join('file')));
assert.throws(() => fs.renameSync(join('file'), join('file3')), {
  code: 'ENOENT', syscall: 'rename', path: join('file'), dest: join('file3'),
  message: `ENOENT: no such file or directory, rename '${join('file')}' -> '${join('file3')}'`,
});
fs.unlinkSync(join('file2'));
assert.throws(() => fs.unlinkSync(join('file2')), { code: 'ENOENT', syscall: 'unlink' });
assert.throws(() => fs.rmdirSync(join('a')), { code: 'ENOTEMPTY', syscall: 'rmdir' });
fs.rmdirSync(join('m'));

assert.throws(() => fs.rmSync(join('a')), {
  code: 'ERR_FS_EISDIR', name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${join('a')}`,
});
assert.throws(() => fs.rmSync(join('none')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(join('none'), { force: true });
assert.throws(() => fs.rmSync(join('a'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmSync(join('a'), { maxRetries: -1 }), { code: 'ERR_OUT_OF_RANGE' });
fs.rmSync(join('a'), { recursive: true });
assert.ok(!fs.existsSync(join('a')));

// Callback forms.
fs.mkdir(join('cb', 'x'), { recursive: true }, mustCall((err, first) => {
  assert.ifError(err);
  assert.strictEqual(first, join('cb'));
  fs.writeFileSync(join('cb', 'x', 'f'), '');
  fs.readdir(join('cb'), { recursive: true }, mustCall((err, names) => {
    assert.ifError(err);
    assert.deepStrictEqual(names.sort(), ['x', 'x/f']);
    fs.rm(join('cb'), mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_FS_EISDIR');
      fs.rm(join('cb'), { recursive: true }, mustCall((err) => {
        assert.ifError(err);
        assert.ok(!fs.existsSync(join('cb')));
        fs.rm(join('cb'), mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
        fs.rm(join('cb'), { force: true }, mustCall((err) => assert.strictEqual(err, null)));
      }));
    }));
  }));
}));
fs.mkdtemp(join('cbtmp-'), mustCall((err, p) => {
  assert.ifError(err);
  fs.rmdir(p, mustCall((err) => assert.ifError(err)));
}));
fs.readdir(dir, { withFileTypes: true }, mustCall((err, list) => {
  assert.ifError(err);
  assert.ok(list.every((e) => e instanceof fs.Dirent));
}));

(async () => {
  const fsp = fs.promises;
  assert.strictEqual(await fsp.mkdir(join('p', 'q'), { recursive: true }), join('p'));
  await fsp.writeFile(join('p', 'q', 'r'), '');
  assert.deepStrictEqual((await fsp.readdir(join('p'), { recursive: true })).sort(), ['q', 'q/r']);
  await assert.rejects(fsp.rm(join('p')), { code: 'ERR_FS_EISDIR' });
  await assert.rejects(fsp.rmdir(join('p')), { code: 'ENOTEMPTY' });
  await fsp.rename(join('p'), join('p2'));
  await fsp.rm(join('p2'), { recursive: true });
  await fsp.rm(join('p2'), { force: true });
  await assert.rejects(fsp.unlink(join('p2')), { code: 'ENOENT' });
  const t2 = await fsp.mkdtemp(join('pt-'));
  await fsp.rmdir(t2);
})().then(mustCall());

// Recursive listing of names follows symlinks to directories (Node stats each name); with
// withFileTypes it does not.
{
  fs.mkdirSync(join('sym', 's'), { recursive: true });
  fs.writeFileSync(join('sym', 's', 'file'), '');
  fs.symlinkSync(join('sym', 's'), join('sym', 'link'));
  assert.deepStrictEqual(fs.readdirSync(join('sym'), { recursive: true }).sort(),
                         ['link', 'link/file', 's', 's/file']);
  fs.readdir(join('sym'), { recursive: true }, mustCall((err, names) => {
    assert.ifError(err);
    assert.deepStrictEqual(names.sort(), ['link', 'link/file', 's', 's/file']);
  }));
  fs.promises.readdir(join('sym'), { recursive: true }).then(mustCall((names) => {
    assert.deepStrictEqual(names.sort(), ['link', 'link/file', 's', 's/file']);
  }));
}

// mkdir recursive over a file: EEXIST for the path itself, ENOTDIR below it; parents are cut at
// the last '/' as Node does, so slashes in the result are kept.
{
  fs.writeFileSync(join('plain'), '');
  assert.throws(() => fs.mkdirSync(join('plain'), { recursive: true }), {
    code: 'EEXIST', message: `EEXIST: file already exists, mkdir '${join('plain')}'`,
  });
  assert.throws(() => fs.mkdirSync(join('plain', 'a', 'b'), { recursive: true }), {
    code: 'ENOTDIR', path: join('plain', 'a', 'b'),
  });
  assert.strictEqual(fs.mkdirSync(`${join('slash')}/`, { recursive: true }), `${join('slash')}/`);
  assert.strictEqual(fs.mkdirSync(`${join('dbl')}//x`, { recursive: true }), `${join('dbl')}/`);
  fs.mkdir(join('plain'), { recursive: true }, mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));
}

// rm's force forgives ENOENT only.
{
  fs.writeFileSync(join('rmfile'), '');
  assert.throws(() => fs.rmSync(join('rmfile', 'x'), { force: true }), { code: 'ENOTDIR', syscall: 'lstat' });
  fs.rm(join('rmfile', 'x'), { force: true }, mustCall((err) => assert.strictEqual(err.code, 'ENOTDIR')));
  fs.promises.rm(join('rmfile', 'x'), { force: true }).then(assert.fail, mustCall((err) => {
    assert.strictEqual(err.code, 'ENOTDIR');
  }));
}
