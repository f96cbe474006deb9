'use strict';
// Blob and File (from node:buffer and as globals): building from strings, bytes and other Blobs,
// type normalisation, slice, arrayBuffer/text, inspect output, and the argument errors.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');

assert.strictEqual(buffer.Blob, globalThis.Blob);
assert.strictEqual(buffer.File, globalThis.File);

const blob = new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new ArrayBuffer(1)],
  { type: 'Text/Plain' });
assert.strictEqual(blob.size, 5);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
assert.strictEqual(util.inspect(blob), "Blob { size: 5, type: 'text/plain' }");
assert.strictEqual(new Blob().size, 0);
assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');
assert.strictEqual(new Blob([], { type: 'A B' }).type, 'a b');
assert.strictEqual(new Blob(['€']).size, 3);

// The bytes are copied when the Blob is made.
const source = new Uint8Array([1, 2]);
const copied = new Blob([source]);
source[0] = 9;

const part = blob.slice(1, 3);
assert.strictEqual(part.size, 2);
assert.strictEqual(part.type, '');
assert.strictEqual(blob.slice(-2).size, 2);
assert.strictEqual(blob.slice(1, -1, 'X/Y').type, 'x/y');
assert.strictEqual(blob.slice(3, 1).size, 0);
assert.strictEqual(blob.slice(100).size, 0);

const file = new File(['x', 'yz'], 'a.txt', { type: 'text/x', lastModified: 5 });
assert.ok(file instanceof Blob);
assert.strictEqual(file.name, 'a.txt');
assert.strictEqual(file.lastModified, 5);
assert.strictEqual(file.size, 3);
assert.strictEqual(util.inspect(file),
  "File { size: 3, type: 'text/x', name: 'a.txt', lastModified: 5 }");
assert.ok(Math.abs(new File([], 'n').lastModified - Date.now()) < 10000);
assert.strictEqual(new File([], 5).name, '5');

for (const bad of [1, 'ab', null]) {
  assert.throws(() => new Blob(bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "sources" argument must be a sequence\./,
  });
}
assert.throws(() => new File(['x']), {
  code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
});
assert.throws(() => new Blob([], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be a dictionary. Received type number (5)',
});
assert.throws(() => Blob.prototype.size, { code: 'ERR_INVALID_THIS' });
assert.strictEqual(buffer.resolveObjectURL('blob:nodedata:nothing'), undefined);

let done = 0;
blob.arrayBuffer().then((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [97, 98, 99, 100, 0]);
  done++;
});
part.text().then((text) => {
  assert.strictEqual(text, 'bc');
  done++;
});
copied.arrayBuffer().then((ab) => {
  assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2]);
  done++;
});
new Blob(['\ufeffhi', new Uint8Array([0xff])]).text().then((text) => {
  assert.strictEqual(text, 'hi\ufffd');
  done++;
});
process.on('exit', () => assert.strictEqual(done, 4));
