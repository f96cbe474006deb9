'use strict';
// open/close/read/write in the sync and callback forms: flags, modes, positions, strings with
// encodings, the options-object forms, and the errors for bad fds and missing files.
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const file = join('rw.txt');
const fd = fs.openSync(file, 'w+', 0o644);
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);  // 6 UTF-8 bytes
assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), 2);
assert.strictEqual(fs.writeSync(fd, '21', 7, 'hex'), 1);
const buf = Buffer.alloc(10);
assert.strictEqual(fs.readSync(fd, buf, 0, 10, 0), 8);
assert.deepStrictEqual(buf.subarray(0, 8), Buffer.from([0x58, 0x59, 0xa9, 0x6c, 0x6c, 0x6f, 0, 0x21]));
assert.strictEqual(fs.readSync(fd, buf, { position: 1, length: 2 }), 2);
assert.deepStrictEqual(buf.subarray(0, 2), Buffer.from([0x59, 0xa9]));
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
assert.strictEqual((fs.fstatSync(fd).mode & 0o777), 0o644 & ~process.umask());
fs.closeSync(fd);

assert.throws(() => fs.openSync(join('missing', 'x')), {
  code: 'ENOENT', errno: -2, syscall: 'open', path: join('missing', 'x'),
  message: `ENOENT: no such file or directory, open '${join('missing', 'x')}'`,
});
assert.throws(() => fs.openSync(file, 'wx'), { code: 'EEXIST', syscall: 'open' });
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.closeSync('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.openSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'bogus'",
});
assert.throws(() => fs.openSync(file, 'r', 'abc'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. " +
    "Received 'abc'",
});
assert.throws(() => fs.readSync(1e9, Buffer.alloc(1), 0, 1, 0), {
  code: 'EBADF', syscall: 'read', message: 'EBADF: bad file descriptor, read',
});
assert.throws(() => fs.readSync(0, Buffer.alloc(4), 2, 4, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 2. Received 4',
});
assert.throws(() => fs.writeSync(0, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.openSync(`a\u0000b`), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.openSync(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (42)',
});

// URL and Buffer paths.
fs.closeSync(fs.openSync(new URL(`file://${file}`)));
fs.closeSync(fs.openSync(Buffer.from(file)));

// Callback forms.
fs.open(file, 'r', mustCall((err, fd2) => {
  assert.ifError(err);
  fs.read(fd2, Buffer.alloc(4), 0, 4, 0, mustCall((err, n, b) => {
    assert.ifError(err);
    assert.strictEqual(n, 4);
    assert.deepStrictEqual(b, Buffer.from([0x58, 0x59, 0xa9, 0x6c]));
    fs.read(fd2, { buffer: Buffer.alloc(3), position: 2 }, mustCall((err, n2, b2) => {
      assert.ifError(err);
      assert.strictEqual(n2, 3);
      assert.deepStrictEqual(b2, Buffer.from([0xa9, 0x6c, 0x6c]));
      fs.close(fd2, mustCall((err) => assert.strictEqual(err, null)));
    }));
  }));
}));
fs.open(join('nope'), mustCall((err, fd3) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${join('nope')}'`);
  assert.strictEqual(fd3, undefined);
}));
fs.open(join('w2'), 'w', mustCall((err, fd4) => {
  assert.ifError(err);
  fs.write(fd4, 'abc', mustCall((err, written, str) => {
    assert.ifError(err);
    assert.strictEqual(written, 3);
    assert.strictEqual(str, 'abc');
    fs.write(fd4, Buffer.from('def'), mustCall((err, w2, b) => {
      assert.ifError(err);
      assert.strictEqual(w2, 3);
      assert.ok(Buffer.isBuffer(b));
      fs.closeSync(fd4);
      assert.strictEqual(fs.readFileSync(join('w2'), 'utf8'), 'abcdef');
    }));
  }));
}));
assert.throws(() => fs.open(file), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb"/ });
fs.close(1e9, mustCall((err) => assert.strictEqual(err.code, 'EBADF')));

// util.promisify of read/write resolves to their two results.
(async () => {
  const { promisify } = require('util');
  const pfd = fs.openSync(file, 'r');
  const r = await promisify(fs.read)(pfd, Buffer.alloc(2), 0, 2, 0);
  assert.strictEqual(r.bytesRead, 2);
  assert.ok(Buffer.isBuffer(r.buffer));
  fs.closeSync(pfd);
  const wfd = fs.openSync(join('pw'), 'w');
  assert.deepStrictEqual(await promisify(fs.write)(wfd, 'abc'), { bytesWritten: 3, buffer: 'abc' });
  fs.closeSync(wfd);
})().then(mustCall());
