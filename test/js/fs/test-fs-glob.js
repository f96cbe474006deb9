'use strict';
// fs.glob / globSync / fsPromises.glob: *, ?, [..], [!..], {a,b}, ** (no dot-directories, no
// symlink following), dot files only for dot patterns, normalised patterns, absolute patterns,
// several patterns, exclude (function or patterns), withFileTypes. Expected values are node v24's
// (node v20 has no glob: the test skips there; tide always runs it).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { dir, join, mustCall } = require('../../fixtures/fs/tmpdir.js');

if (typeof fs.globSync !== 'function' && process.release.name === 'node' &&
    +process.versions.node.split('.')[0] < 22) {
  mustCall()();
  return;
}

for (const f of ['x.js', 'y.ts', '.h.js', 'a/z.js', 'a/b/w.js', 'a/b/c/v.js', 'a/.hid/q.js']) {
  fs.mkdirSync(path.dirname(join(f)), { recursive: true });
  fs.writeFileSync(join(f), '');
}
fs.symlinkSync(join('a'), join('link-to-a'));

const g = (p, o = {}) => fs.globSync(p, { cwd: dir, ...o }).sort();
assert.deepStrictEqual(g('*.js'), ['x.js']);
assert.deepStrictEqual(g('**/*.js'), ['a/b/c/v.js', 'a/b/w.js', 'a/z.js', 'x.js']);
assert.deepStrictEqual(g('a/**'), ['a', 'a/b', 'a/b/c', 'a/b/c/v.js', 'a/b/w.js', 'a/z.js']);
assert.deepStrictEqual(g('{x,y}.*'), ['x.js', 'y.ts']);
assert.deepStrictEqual(g('a/b/?.js'), ['a/b/w.js']);
assert.deepStrictEqual(g('a/[a-z].js'), ['a/z.js']);
assert.deepStrictEqual(g('[!x]*'), ['a', 'link-to-a', 'y.ts']);
assert.deepStrictEqual(g('.*'), ['.h.js']);
assert.deepStrictEqual(g('a/.*/*'), ['a/.hid/q.js']);
assert.deepStrictEqual(g('a/**/c'), ['a/b/c']);
assert.deepStrictEqual(g('./x.js'), ['x.js']);
assert.deepStrictEqual(g('a/../x.js'), ['x.js']);
assert.deepStrictEqual(g('nope/*'), []);
assert.deepStrictEqual(g('link-to-a/*.js'), ['link-to-a/z.js']);
assert.deepStrictEqual(g(['*.js', '*.ts']), ['x.js', 'y.ts']);
assert.deepStrictEqual(g(`${join('a')}/*.js`), [join('a', 'z.js')]);
assert.deepStrictEqual(g('**/*.js', { exclude: (p) => p.includes('b') }), ['a/z.js', 'x.js']);
const dirents = fs.globSync('*', { cwd: dir, withFileTypes: true });
assert.ok(dirents.every((d) => d instanceof fs.Dirent && d.parentPath === dir));
assert.ok(dirents.find((d) => d.name === 'a').isDirectory());
assert.throws(() => fs.globSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "patterns" argument must be of type string. Received type number (5)',
});

fs.glob('*.js', { cwd: dir }, mustCall((err, matches) => {
  assert.ifError(err);
  assert.deepStrictEqual(matches, ['x.js']);
}));
(async () => {
  const found = [];
  for await (const m of fs.promises.glob('**/*.ts', { cwd: dir })) found.push(m);
  assert.deepStrictEqual(found, ['y.ts']);
})().then(mustCall());
