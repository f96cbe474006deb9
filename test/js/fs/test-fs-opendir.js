'use strict';
// opendir/Dir: read (callback, promise), readSync, async iteration (closes the Dir), recursive,
// close/closeSync and ERR_DIR_CLOSED, bufferSize validation, ENOENT/ENOTDIR at open.
const assert = require('assert');
const fs = require('fs');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

for (const n of ['a', 'b', 'c']) fs.writeFileSync(join(n), n);
fs.mkdirSync(join('sub'));
fs.writeFileSync(join('sub', 'd'), 'd');

const d = fs.opendirSync(dir);
assert.strictEqual(d.path, dir);
const names = [];
let e;
while ((e = d.readSync()) !== null) {
  assert.ok(e instanceof fs.Dirent);
  names.push(e.name);
}
assert.deepStrictEqual(names.sort(), ['a', 'b', 'c', 'sub']);
d.closeSync();
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(join('none')), {
  // Node's sync form names no path.
  code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir',
});
assert.throws(() => fs.opendirSync(join('a')), { code: 'ENOTDIR', syscall: 'opendir' });
assert.throws(() => fs.opendirSync(dir, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.opendirSync(dir, { bufferSize: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

fs.opendir(dir, mustCall((err, d2) => {
  assert.ifError(err);
  d2.read(mustCall((err, entry) => {
    assert.ifError(err);
    assert.ok(entry instanceof fs.Dirent);
    d2.close(mustCall((err) => {
      assert.ifError(err);
      d2.close(mustCall((err) => assert.strictEqual(err.code, 'ERR_DIR_CLOSED')));
    }));
  }));
}));
fs.opendir(join('none'), mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));

(async () => {
  const seen = [];
  for await (const entry of await fs.promises.opendir(dir)) seen.push(entry.name);
  assert.deepStrictEqual(seen.sort(), ['a', 'b', 'c', 'sub']);
  const rec = [];
  for await (const entry of await fs.promises.opendir(dir, { recursive: true })) {
    rec.push(require('path').relative(dir, require('path').join(entry.parentPath, entry.name)));
  }
  assert.deepStrictEqual(rec.sort(), ['a', 'b', 'c', 'sub', 'sub/d']);
  const d3 = await fs.promises.opendir(dir);
  assert.ok(await d3.read());
  await d3.close();
  await assert.rejects(async () => d3.read(), { code: 'ERR_DIR_CLOSED' });
  await assert.rejects(fs.promises.opendir(join('none')), { code: 'ENOENT', syscall: 'opendir' });

  // Many entries through a small buffer; reads issued together are served in order.
  fs.mkdirSync(join('many'));
  for (let i = 0; i < 500; i++) fs.writeFileSync(join('many', `f${i}`), '');
  const d4 = await fs.promises.opendir(join('many'), { bufferSize: 3 });
  const reads = await Promise.all(Array.from({ length: 501 }, () => d4.read()));
  assert.strictEqual(reads.pop(), null);
  assert.strictEqual(new Set(reads.map((x) => x.name)).size, 500);
  assert.strictEqual(reads[0].parentPath, join('many'));
  await d4.close();
  // A sync call while an async one is in flight.
  const d5 = fs.opendirSync(join('many'));
  const p = d5.read();
  assert.throws(() => d5.readSync(), {
    code: 'ERR_DIR_CONCURRENT_OPERATION',
    message: 'Cannot do synchronous work on directory handle with concurrent asynchronous ' +
      'operations',
  });
  await p;
  await d5.close();
  // Names as Buffers.
  const d6 = fs.opendirSync(dir, { encoding: 'buffer' });
  assert.ok(Buffer.isBuffer(d6.readSync().name));
  d6.closeSync();
  // A Dir left open is closed when collected; nothing else happens.
  fs.opendirSync(dir);
})().then(mustCall());
