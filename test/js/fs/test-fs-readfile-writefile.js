'use strict';
// readFile/writeFile/appendFile in the three forms: encodings, flags, modes, fds, typed arrays,
// AbortSignal, and their errors (EISDIR, ENOENT, bad data, bad encoding).
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { join, dir, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('a.txt');
fs.writeFileSync(f, 'hello wörld');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello wörld');
assert.strictEqual(fs.readFileSync(f, { encoding: 'base64' }), Buffer.from('hello wörld').toString('base64'));
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hello wörld'));
fs.appendFileSync(f, Buffer.from('!'));
assert.strictEqual(fs.readFileSync(f, 'latin1'), Buffer.from('hello wörld!').toString('latin1'));
fs.writeFileSync(f, 'abc', { flag: 'a' });
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello wörld!abc');
fs.writeFileSync(f, '616263', 'hex');
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
fs.writeFileSync(f, new Uint16Array([0x6968]));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hi');
fs.writeFileSync(f, new DataView(new Uint8Array([0x6f, 0x6b]).buffer));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'ok');
fs.writeFileSync(join('mode'), 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(join('mode')).mode & 0o777, 0o600 & ~process.umask());
assert.throws(() => fs.writeFileSync(join('mode'), 'y', { flag: 'wx' }), { code: 'EEXIST' });
assert.strictEqual(fs.readFileSync(f, { flag: 'a+', encoding: 'utf8' }), 'ok');

// fds: read from the current position; written at it; not closed.
const fd = fs.openSync(f, 'r+');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(1), 0, 1, null), 1);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'k');
fs.writeFileSync(fd, 'Z');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'okZ');
fs.writeFileSync(join('empty'), '');
assert.strictEqual(fs.readFileSync(join('empty'), 'utf8'), '');
assert.deepStrictEqual(fs.readFileSync(join('empty')), Buffer.alloc(0));
// Files that report no size (procfs) are read to their end.
assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);

assert.throws(() => fs.readFileSync(dir), {
  code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
assert.throws(() => fs.readFileSync(join('none')), {
  code: 'ENOENT', message: `ENOENT: no such file or directory, open '${join('none')}'`,
});
assert.throws(() => fs.writeFileSync(join('no', 'such'), 'x'), { code: 'ENOENT', syscall: 'open' });
assert.throws(() => fs.writeFileSync(f, 42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or ' +
    'DataView. Received type number (42)',
});
assert.throws(() => fs.readFileSync(f, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFileSync(f, 42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFileSync(f, { flag: 'q' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.readFile(f), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb"/ });
// writeFile to a full device fails loudly instead of succeeding in part.
assert.throws(() => fs.writeFileSync('/dev/full', 'x'.repeat(100000)), { code: 'ENOSPC', syscall: 'write' });

fs.readFile(f, 'utf8', mustCall((err, text) => {
  assert.ifError(err);
  assert.strictEqual(text, 'okZ');
}));
fs.readFile(dir, mustCall((err) => assert.strictEqual(err.code, 'EISDIR')));
fs.writeFile(join('cb.txt'), 'one', mustCall((err) => {
  assert.ifError(err);
  fs.appendFile(join('cb.txt'), 'two', mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(fs.readFileSync(join('cb.txt'), 'utf8'), 'onetwo');
  }));
}));
fs.writeFile('/dev/full', 'data', mustCall((err) => {
  assert.strictEqual(err.code, 'ENOSPC');
  assert.strictEqual(err.message, 'ENOSPC: no space left on device, write');
}));
const ac = new AbortController();
fs.readFile(f, { signal: ac.signal }, mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac.abort();
fs.writeFile(join('aborted'), 'x', { signal: AbortSignal.abort() }, mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));

(async () => {
  await fsp.writeFile(join('p.txt'), ['a', Buffer.from('b'), 'c']);
  assert.strictEqual(await fsp.readFile(join('p.txt'), 'utf8'), 'abc');
  await fsp.appendFile(join('p.txt'), 'd');
  assert.deepStrictEqual(await fsp.readFile(join('p.txt')), Buffer.from('abcd'));
  await fsp.writeFile(join('p2.txt'), (async function* () { yield 'x'; yield 'y'; })());
  assert.strictEqual(await fsp.readFile(join('p2.txt'), { encoding: 'utf8' }), 'xy');
  await assert.rejects(fsp.readFile(join('none')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fsp.readFile(f, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(fsp.writeFile(join('x'), 42), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fsp.writeFile('/dev/full', 'x'), { code: 'ENOSPC' });
})().then(mustCall());
