'use strict';
// process.exitCode may be an integer string; the process then exits with that number (5, see
// .status), and 'beforeExit' and 'exit' listeners receive it as a number while process.exitCode
// keeps the string.

const assert = require('assert');

process.exitCode = '5';
const seen = [];
process.on('beforeExit', (code) => seen.push(['beforeExit', code]));
process.on('exit', (code) => {
  seen.push(['exit', code]);
  assert.deepStrictEqual(seen, [['beforeExit', 5], ['exit', 5]]);
  assert.strictEqual(process.exitCode, '5');
});
