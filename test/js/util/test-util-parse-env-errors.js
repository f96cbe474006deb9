'use strict';

// util.parseEnv accepts only strings, with Node's ERR_INVALID_ARG_TYPE.

const assert = require('assert');
const { parseEnv } = require('util');

const cases = [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [1, 'Received type number (1)'],
  [Buffer.from('A=1'), 'Received an instance of Buffer'],
  [{ toString() { return 'A=1'; } }, 'Received an instance of Object'],
  [new String('A=1'), 'Received an instance of String'],
  [Symbol('A'), 'Received type symbol (Symbol(A))'],
];
for (const [value, received] of cases) {
  assert.throws(() => parseEnv(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "content" argument must be of type string. ${received}`,
  });
}
assert.throws(() => parseEnv(), { code: 'ERR_INVALID_ARG_TYPE' });
