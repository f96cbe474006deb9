'use strict';
// fs.readFile / readFileSync / promises.readFile without an encoding give a Buffer, and with any
// Buffer encoding give that text.
const assert = require('assert');
const fs = require('fs');

const file = __filename;
const text = fs.readFileSync(file, 'utf8');
const bytes = fs.readFileSync(file);
assert.ok(Buffer.isBuffer(bytes));
assert.strictEqual(bytes.toString(), text);
assert.strictEqual(fs.readFileSync(file, { encoding: null }).length, bytes.length);
assert.strictEqual(fs.readFileSync(file, 'hex'), bytes.toString('hex'));
assert.strictEqual(fs.readFileSync(file, { encoding: 'base64' }), bytes.toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'latin1'), bytes.toString('latin1'));
assert.throws(() => fs.readFileSync(file, 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});

let calls = 0;
fs.readFile(file, (err, data) => {
  assert.ifError(err);
  assert.ok(Buffer.isBuffer(data));
  assert.ok(data.equals(bytes));
  calls++;
});
fs.readFile(file, 'ucs2', (err, data) => {
  assert.ifError(err);
  assert.strictEqual(data, bytes.toString('ucs2'));
  calls++;
});
fs.promises.readFile(file).then((data) => {
  assert.ok(data.equals(bytes));
  calls++;
});
fs.readFile(`${file}.missing`, (err, data) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(data, undefined);
  calls++;
});
process.on('exit', () => assert.strictEqual(calls, 4));
