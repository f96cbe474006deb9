'use strict';
// fork() and the 'ipc' stdio channel are not implemented in tide yet: they throw a clear error.
// (Under node this file checks nothing: fork works there.)
const assert = require('assert');
const cp = require('child_process');

if (typeof process.versions.tide === 'string') {
  assert.throws(() => cp.fork(__filename), { code: 'ERR_NOT_IMPLEMENTED' });
  assert.throws(() => cp.spawn('/bin/true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }),
                { code: 'ERR_NOT_IMPLEMENTED' });
}
