'use strict';
// atob/btoa: forgiving base64 with whitespace, Latin-1 only input for btoa, InvalidCharacterError
// (code 5) for bad input, ERR_MISSING_ARGS without an argument; both are globals too.
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(buffer.atob, globalThis.atob);
assert.strictEqual(buffer.btoa, globalThis.btoa);
assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa('\xff\xfe'), '//4=');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(''), '');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aGVs\tbG8=\n'), 'hello');
assert.strictEqual(atob('//4='), '\xff\xfe');
assert.strictEqual(atob('YR=='), 'a');
assert.strictEqual(atob(''), '');

const invalid = (message) => ({ name: 'InvalidCharacterError', message, code: 5 });
assert.throws(() => atob('a'), invalid('The string to be decoded is not correctly encoded.'));
assert.throws(() => atob('abcde'), invalid('The string to be decoded is not correctly encoded.'));
assert.throws(() => atob('YQ='), invalid('Invalid character'));
assert.throws(() => atob('YQ==a'), invalid('Invalid character'));
assert.throws(() => atob('a==='), invalid('Invalid character'));
assert.throws(() => atob('*'), invalid('Invalid character'));
assert.throws(() => atob('-_'), invalid('Invalid character'));
assert.throws(() => btoa('€'), invalid('Invalid character'));
for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), {
    code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "input" argument must be specified',
  });
  assert.strictEqual(fn.length, 1);
}
try {
  atob('*');
} catch (err) {
  assert.ok(err instanceof Error);
}
