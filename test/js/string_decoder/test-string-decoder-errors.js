'use strict';
// StringDecoder's encoding names and argument errors: Node's normalization, ERR_UNKNOWN_ENCODING,
// ERR_INVALID_ARG_TYPE for what is not bytes, ERR_INVALID_THIS; strings pass through.

const assert = require('assert');
const { StringDecoder } = require('string_decoder');

for (const [given, expected] of [[undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'],
  ['UTF-8', 'utf8'], ['utf8', 'utf8'], ['ucs2', 'utf16le'], ['Latin1', 'latin1'],
  ['binary', 'latin1'], ['base64url', 'base64url'], ['ascii', 'ascii']]) {
  assert.strictEqual(new StringDecoder(given).encoding, expected, String(given));
}

for (const bad of ['buffer', 'foo', 'utf16', 'utf-16', 0, false]) {
  assert.throws(() => new StringDecoder(bad), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: `Unknown encoding: ${bad}`,
  });
}

const decoder = new StringDecoder();
assert.deepStrictEqual(Object.keys(decoder), ['encoding']);
assert.strictEqual(decoder.write('already a string'), 'already a string');
assert.throws(() => decoder.write(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)',
});
assert.throws(() => decoder.write(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received null',
});
assert.throws(() => decoder.end(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => StringDecoder.prototype.write.call({}, new Uint8Array(1)), {
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});

// Called without new, it fails (it is a constructor function, as in Node).
assert.throws(() => StringDecoder('utf8'), TypeError);
assert.deepStrictEqual(Object.keys(require('string_decoder')), ['StringDecoder']);
