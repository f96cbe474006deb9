'use strict';
// hasColors([count][, env]): count defaults to 16 and must be an integer >= 2.
const assert = require('assert');
const tty = require('tty');

const has = (...args) => tty.WriteStream.prototype.hasColors.call(null, ...args);
assert.strictEqual(has({ TERM: 'xterm' }), true);
assert.strictEqual(has({}), false);
assert.strictEqual(has(2, {}), true);
assert.strictEqual(has(3, {}), false);
assert.strictEqual(has(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(has(257, { TERM: 'xterm-256color' }), false);
assert.strictEqual(has(2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.strictEqual(has(16, { FORCE_COLOR: '1' }), true);
assert.throws(() => has(1, {}), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. ' +
           'Received 1',
});
assert.throws(() => has('16', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "count" argument must be of type number. Received type string (\'16\')',
});
assert.throws(() => has(2.5, {}), { code: 'ERR_OUT_OF_RANGE' });
