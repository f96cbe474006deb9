'use strict';
// setTimeout, setInterval and setImmediate pass extra arguments to the callback, any number of
// them, and with none the callback gets none.

const assert = require('assert');

const seen = [];
setTimeout((...args) => seen.push(['timeout', args]), 1, 1, 'two', undefined);
setTimeout((...args) => seen.push(['timeout-none', args]), 1);
setTimeout((...args) => seen.push(['timeout-many', args]), 1, 1, 2, 3, 4, 5, 6);
const iv = setInterval((...args) => { seen.push(['interval', args]); clearInterval(iv); }, 1, null);
setImmediate((...args) => seen.push(['immediate', args]), 'a', 'b');
setImmediate((...args) => seen.push(['immediate-many', args]), 1, 2, 3, 4, 5);

process.on('exit', () => {
  const byName = Object.fromEntries(seen);
  assert.deepStrictEqual(byName, {
    'timeout': [1, 'two', undefined],
    'timeout-none': [],
    'timeout-many': [1, 2, 3, 4, 5, 6],
    'interval': [null],
    'immediate': ['a', 'b'],
    'immediate-many': [1, 2, 3, 4, 5],
  });
});
