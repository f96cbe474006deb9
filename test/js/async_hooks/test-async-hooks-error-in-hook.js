'use strict';
// An error thrown by a hook is fatal, as in Node: its stack on stderr, 'exit' with code 1, and no
// 'uncaughtException' rescue.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const fixture = path.join(__dirname, '..', '..', 'fixtures', 'async_hooks', 'throw-in-hook.js');
for (const which of ['init', 'before', 'after', 'destroy']) {
  const child = spawnSync(process.execPath, [fixture, which], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1, `${which}: ${child.stderr}`);
  assert.match(child.stderr, new RegExp(`Error: thrown in ${which}\\n    at `));
  assert.match(child.stderr, /exit event 1/);
  if (which === 'init' || which === 'before') {
    assert.doesNotMatch(child.stderr, /callback ran/);
  }
}
