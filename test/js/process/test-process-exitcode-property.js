'use strict';
// process.exitCode = 4 sets the status of a natural exit (see .status); 'beforeExit' and 'exit'
// listeners receive it.

const assert = require('assert');

process.exitCode = 4;
assert.strictEqual(process.exitCode, 4);
let seen = '';
process.on('beforeExit', (code) => { seen += `beforeExit:${code} `; });
process.on('exit', (code) => {
  seen += `exit:${code}`;
  assert.strictEqual(seen, 'beforeExit:4 exit:4');
});
