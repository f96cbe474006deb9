'use strict';
// With --no-warnings (test-process-no-warnings.args) nothing is printed for warnings (empty golden
// stderr), but 'warning' listeners still get them.

const assert = require('assert');

let count = 0;
process.on('warning', () => count++);
process.emitWarning('silenced');
process.emitWarning('silenced too', 'DeprecationWarning', 'DEP0999');
setTimeout(() => {}, 2 ** 31);  // TimeoutOverflowWarning
process.on('exit', () => assert.strictEqual(count, 3));
