'use strict';
// cp/cpSync/promises.cp: recursive trees with symlinks, filter, force/errorOnExist,
// preserveTimestamps, and Node's ERR_FS_CP_* / ERR_FS_EISDIR errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

fs.mkdirSync(join('src', 'sub', 'deep'), { recursive: true });
fs.writeFileSync(join('src', 'a'), 'A');
fs.writeFileSync(join('src', 'sub', 'b'), 'B');
fs.writeFileSync(join('src', 'sub', 'deep', 'c'), 'C');
fs.symlinkSync('a', join('src', 'link'));
fs.utimesSync(join('src', 'a'), 1000, 2000);

fs.cpSync(join('src'), join('dst'), { recursive: true, preserveTimestamps: true });
assert.deepStrictEqual(fs.readdirSync(join('dst'), { recursive: true }).sort(),
                       ['a', 'link', 'sub', 'sub/b', 'sub/deep', 'sub/deep/c']);
assert.strictEqual(fs.readFileSync(join('dst', 'sub', 'deep', 'c'), 'utf8'), 'C');
assert.strictEqual(fs.readlinkSync(join('dst', 'link')), join('src', 'a'));
assert.strictEqual(fs.statSync(join('dst', 'a')).mtimeMs, 2000000);

// verbatimSymlinks keeps the relative target.
fs.cpSync(join('src'), join('dst-v'), { recursive: true, verbatimSymlinks: true });
assert.strictEqual(fs.readlinkSync(join('dst-v', 'link')), 'a');

// Files: copy, overwrite (force), errorOnExist.
fs.cpSync(join('src', 'a'), join('one'));
fs.writeFileSync(join('src', 'a'), 'A2');
fs.cpSync(join('src', 'a'), join('one'));
assert.strictEqual(fs.readFileSync(join('one'), 'utf8'), 'A2');
fs.cpSync(join('src', 'a'), join('one'), { force: false });
assert.throws(() => fs.cpSync(join('src', 'a'), join('one'), { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: `Target already exists: cp returned EEXIST (${join('one')} already exists) ${join('one')}`,
});

// Filter.
fs.cpSync(join('src'), join('filtered'), { recursive: true, filter: (s) => !s.endsWith('deep') });
assert.ok(!fs.existsSync(join('filtered', 'sub', 'deep')));
assert.ok(fs.existsSync(join('filtered', 'sub', 'b')));

assert.throws(() => fs.cpSync(join('src'), join('src')), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${join('src')}`,
});
assert.throws(() => fs.cpSync(join('src'), join('src', 'sub', 'x'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (cannot copy ${join('src')} to a subdirectory ` +
    `of self ${join('src', 'sub', 'x')}) ${join('src', 'sub', 'x')}`,
});
assert.throws(() => fs.cpSync(join('src'), join('new')), {
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${join('src')} is a directory (not copied)) ` +
    join('src'),
});
assert.throws(() => fs.cpSync(join('src'), join('one'), { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
assert.throws(() => fs.cpSync(join('one'), join('src')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(join('none'), join('x')), { code: 'ENOENT', syscall: 'lstat' });
assert.throws(() => fs.cpSync(join('src'), join('x'), { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
});
assert.throws(() => fs.cpSync(join('src'), join('x'), { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

fs.cp(join('src'), join('cb'), { recursive: true }, mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(join('cb', 'sub', 'b'), 'utf8'), 'B');
  fs.cp(join('src'), join('cb2'), mustCall((err) => assert.strictEqual(err.code, 'ERR_FS_EISDIR')));
}));

(async () => {
  await fs.promises.cp(join('src'), join('p'), {
    recursive: true, filter: async (s) => path.basename(s) !== 'b',
  });
  assert.ok(!fs.existsSync(join('p', 'sub', 'b')));
  assert.ok(fs.existsSync(join('p', 'sub', 'deep', 'c')));
  await assert.rejects(fs.promises.cp(join('src'), join('src')), { code: 'ERR_FS_CP_EINVAL' });
})().then(mustCall());
