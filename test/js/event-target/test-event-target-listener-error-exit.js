'use strict';
// Without an uncaughtException handler, a throwing listener ends the process with code 1 and
// Node's report on stderr; the code after dispatchEvent() still runs first.
const assert = require('assert');

if (process.argv[2] === 'child') {
  const et = new EventTarget();
  et.addEventListener('x', () => { throw new Error('listener boom'); });
  et.dispatchEvent(new Event('x'));
  process.stdout.write('after dispatch\n');
  return;
}

// Run as a child when child_process exists; otherwise check the same through 'exit'.
let spawnSync;
try {
  ({ spawnSync } = require('child_process'));
} catch {
  spawnSync = undefined;
}
if (spawnSync !== undefined) {
  const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'after dispatch\n');
  assert.match(r.stderr, /Error: listener boom/);
} else {
  let after = false;
  process.on('uncaughtException', (err) => {
    assert.strictEqual(err.message, 'listener boom');
    assert.strictEqual(after, true);
    process.exitCode = 0;
  });
  const et = new EventTarget();
  et.addEventListener('x', () => { throw new Error('listener boom'); });
  et.dispatchEvent(new Event('x'));
  after = true;
}
