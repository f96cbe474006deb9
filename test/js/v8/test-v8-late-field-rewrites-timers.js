'use strict';
// A Timeout's _idleTimeout, rewritten late (see test-v8-late-field-rewrites.js; a process of its
// own, as a field is generalized once per process: the clearTimeout() there would hide this
// case). A keep-alive HTTP server's connection timers are first cleared at its first closed
// connection. (node v20 fails this: its Timeout writes the field once.)
const assert = require('assert');

const { isOptimized, optimize } = require('../../fixtures/v8/optimization');

// clearTimeout() (unenroll) rewrites _idleTimeout.
function readIdle(t) { return t._idleTimeout; }
const idle = setTimeout(() => {}, 1000);
optimize(readIdle, idle);
clearTimeout(setTimeout(() => {}, 1000));
assert.ok(isOptimized(readIdle), 'clearTimeout() discarded code reading _idleTimeout');
clearTimeout(idle);
