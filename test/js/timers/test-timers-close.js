'use strict';
// timeout.close() cancels the timer like clearTimeout and returns the timer.

const assert = require('assert');

const t = setTimeout(() => assert.fail('closed timer ran'), 1);
assert.strictEqual(t.close(), t);
assert.strictEqual(t._destroyed, true);
const iv = setInterval(() => assert.fail('closed interval ran'), 1);
iv.close();
let ran = 0;
setTimeout(() => ran++, 5);
process.on('exit', () => assert.strictEqual(ran, 1));
