'use strict';
// Argument validation across fs with Node's codes and messages, and where errors come from: sync
// errors are thrown from the caller's frame, callback errors are plain system errors.
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const badPath = {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received undefined',
};
for (const fn of ['statSync', 'lstatSync', 'readdirSync', 'mkdirSync', 'rmdirSync', 'unlinkSync',
  'accessSync', 'readFileSync', 'rmSync', 'opendirSync']) {
  assert.throws(() => fs[fn](undefined), badPath, fn);
}
// readlink names the argument "path" (Node 22+; node v20 said "oldPath").
assert.throws(() => fs.readlinkSync(undefined), { code: 'ERR_INVALID_ARG_TYPE', message: /"(old)?[pP]ath"/ });
// realpathSync makes a string of anything, as Node's resolver does.
assert.throws(() => fs.realpathSync(undefined), {
  code: 'ENOENT', syscall: 'lstat', path: require('path').resolve('undefined'),
});
assert.throws(() => fs.statSync('a\u0000'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00'",
});
assert.throws(() => fs.readFileSync(new URL('http://x/')), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => fs.renameSync('a', 1), { code: 'ERR_INVALID_ARG_TYPE', message: /"newPath"/ });
assert.throws(() => fs.copyFileSync(1, 'b'), { code: 'ERR_INVALID_ARG_TYPE', message: /"src"/ });
assert.throws(() => fs.symlinkSync(1, 'b'), { code: 'ERR_INVALID_ARG_TYPE', message: /"target"/ });
assert.throws(() => fs.fstatSync(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received 2147483648',
});
assert.throws(() => fs.fstatSync(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(0, 'str'), { code: 'ERR_INVALID_ARG_TYPE', message: /"buffer"/ });
assert.throws(() => fs.readSync(0, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE', message: /is empty and cannot be written/,
});
assert.throws(() => fs.writeSync(1, Buffer.alloc(2), 3), { code: 'ERR_OUT_OF_RANGE', message: /"offset"/ });
assert.throws(() => fs.readvSync(0, [1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received an instance of Array',
});
assert.throws(() => fs.chmodSync(join('x'), -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.mkdirSync(join('x'), { mode: 'z' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.rmSync(join('x'), { retryDelay: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readdirSync(join('x'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(join('x')), { code: 'ERR_INVALID_ARG_TYPE', message: /"cb"/ });
assert.throws(() => fs.readFile(join('x'), { signal: {} }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeFile(join('x'), 'd', { flush: 'yes' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// A sync error's stack starts at the call site.
try {
  fs.readdirSync(join('missing'));
  assert.fail('no error');
} catch (err) {
  assert.match(err.stack.split('\n')[0], /^Error: ENOENT: no such file or directory, scandir/);
  assert.ok(err.stack.includes('test-fs-validation.js'), err.stack);
}
// A callback error is a system error with Node's properties and nothing else.
fs.readdir(join('missing'), mustCall((err) => {
  assert.ok(err instanceof Error);
  assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'errno', 'path', 'syscall']);
}));
