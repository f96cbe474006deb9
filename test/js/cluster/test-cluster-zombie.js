'use strict';
// A primary that dies on an uncaught error leaves no worker behind: each worker sees its IPC
// channel close, and a worker whose primary went away without asking it to disconnect exits.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

// The workers share the primary's stdout, so this returns once they are gone too.
const r = spawnSync(process.execPath,
                    [path.join(__dirname, '..', '..', 'fixtures', 'cluster', 'primary-crash.js')],
                    { encoding: 'utf8', timeout: 10000 });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: primary boom/);
const pids = r.stdout.trim().split(' ').map(Number);
assert.strictEqual(pids.length, 2);

function state(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
  } catch {
    return null;  // gone
  }
}

// Reaped by whoever inherited them (init or a subreaper), which may take a moment.
const deadline = Date.now() + 3000;
(function check() {
  const left = pids.filter((pid) => state(pid) !== null);
  if (left.length === 0) return;
  if (Date.now() > deadline) {
    assert.fail(`workers still there: ${left.map((pid) => `${pid} (${state(pid)})`).join(', ')}`);
  }
  setTimeout(check, 20);
})();
