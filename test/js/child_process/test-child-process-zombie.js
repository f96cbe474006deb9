'use strict';
// A parent that dies on an uncaught error leaves no zombie behind: the child it waited for was
// reaped (libuv's SIGCHLD handling), so after the parent is gone the pid no longer exists.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath,
                    [path.join(__dirname, '..', '..', 'fixtures', 'child_process',
                               'orphan-parent.js')],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: boom/);
const pid = Number(r.stdout.trim());
assert.ok(pid > 0);
// Neither running nor a zombie.
let state = null;
try {
  state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
} catch {
  // gone
}
assert.strictEqual(state, null);
assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' });
