'use strict';
// Offsets past 2 GiB and 4 GiB (a sparse file): positional write/read (number and bigint
// positions), readv/writev, ftruncate, BigIntStats size, and createReadStream with a large start.
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('sparse');
const fd = fs.openSync(f, 'w+');
const big = 5 * 2 ** 30 + 3;  // past 4 GiB
assert.strictEqual(fs.writeSync(fd, Buffer.from('far'), 0, 3, big), 3);
assert.strictEqual(fs.fstatSync(fd).size, big + 3);
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, BigInt(big + 3));
const b = Buffer.alloc(3);
assert.strictEqual(fs.readSync(fd, b, 0, 3, big), 3);
assert.strictEqual(b.toString(), 'far');
b.fill(0);
assert.strictEqual(fs.readSync(fd, b, 0, 3, BigInt(big)), 3);
assert.strictEqual(b.toString(), 'far');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 3 * 2 ** 30), 4);
const parts = [Buffer.alloc(1), Buffer.alloc(3)];
assert.strictEqual(fs.readvSync(fd, parts, 3 * 2 ** 30), 4);
assert.strictEqual(Buffer.concat(parts).toString(), 'abcd');
assert.throws(() => fs.readSync(fd, b, 0, 3, 2n ** 63n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(fd, b, 0, 3, 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(fd, b, 0, 3, '1'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.createReadStream(f, { start: big, encoding: 'utf8' }).on('data', mustCall((chunk) => {
  assert.strictEqual(chunk, 'far');
})).on('close', mustCall(() => {
  fs.ftruncateSync(fd, 2 ** 32 + 1);
  assert.strictEqual(fs.fstatSync(fd).size, 2 ** 32 + 1);
  fs.read(fd, Buffer.alloc(4), 0, 4, 3 * 2 ** 30, mustCall((err, n, buf) => {
    assert.ifError(err);
    assert.strictEqual(n, 4);
    assert.strictEqual(buf.toString(), 'abcd');
    fs.closeSync(fd);
  }));
}));

// Files over 2 GiB cannot be read whole, in any form.
{
  const huge = join('huge');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 2 ** 31 + 1);
  const tooLarge = {
    code: 'ERR_FS_FILE_TOO_LARGE', name: 'RangeError',
    message: 'File size (2147483649) is greater than 2 GiB',
  };
  assert.throws(() => fs.readFileSync(huge), tooLarge);
  fs.readFile(huge, mustCall((err) => assert.throws(() => { throw err; }, tooLarge)));
  fs.promises.readFile(huge).then(assert.fail, mustCall((err) => assert.throws(() => { throw err; }, tooLarge)));
}
