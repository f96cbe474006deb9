'use strict';
// buf.toString(encoding, start, end) range handling and buf.write(string, offset, length, encoding)
// argument forms, with their errors.
const assert = require('assert');

const buf = Buffer.from('hello world');
assert.strictEqual(buf.toString(), 'hello world');
assert.strictEqual(buf.toString('utf8', 6), 'world');
assert.strictEqual(buf.toString('utf8', 0, 5), 'hello');
assert.strictEqual(buf.toString(undefined, 1, 3), 'el');
assert.strictEqual(buf.toString('utf8', -5, 100), 'hello world');
assert.strictEqual(buf.toString('utf8', 20), '');
assert.strictEqual(buf.toString('utf8', 5, 2), '');
assert.strictEqual(buf.toString('utf8', 1.7, 3.2), 'el');
assert.strictEqual(buf.toString('utf8', '1', '3'), 'el');
assert.strictEqual(buf.toString('utf8', NaN, NaN), '');
assert.strictEqual(buf.toString('UTF-8'), 'hello world');
assert.throws(() => buf.toString(null), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: null' });
assert.throws(() => buf.toString('bogus'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bogus',
});
assert.strictEqual(buf.toLocaleString(), 'hello world');

const w = Buffer.alloc(8);
assert.strictEqual(w.write('abc'), 3);
assert.strictEqual(w.write('xy', 2), 2);
assert.strictEqual(w.toString('latin1', 0, 4), 'abxy');
assert.strictEqual(w.write('123456', 4, 2), 2);
assert.strictEqual(w.toString('latin1', 0, 8), 'abxy12\0\0');
assert.strictEqual(w.write('ff', 'hex'), 1);
assert.strictEqual(w[0], 255);
assert.strictEqual(w.write('ff', 7, 'hex'), 1);
assert.strictEqual(w.write('abcdef', 6, 8, 'latin1'), 2);
assert.strictEqual(w.write('', 0), 0);
assert.throws(() => w.write('x', 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 8. Received 9',
});
assert.throws(() => w.write('x', 0, 9), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 8. Received 9',
});
assert.throws(() => w.write('x', 0, 1, 'nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => w.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError', message: 'argument must be a string',
});

// The per-encoding methods Node exposes.
assert.strictEqual(buf.utf8Slice(0, 5), 'hello');
assert.strictEqual(buf.latin1Slice(6, 11), 'world');
assert.strictEqual(buf.base64Slice(0, 3), 'aGVs');
assert.strictEqual(Buffer.alloc(3).utf8Write('abc', 1), 2);
