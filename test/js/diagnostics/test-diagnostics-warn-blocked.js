'use strict';
// --warn-blocked and warnBlocked(): a callback that holds the loop past the threshold is reported
// on stderr while it runs (with the JavaScript stack and what kind of callback started it) and
// again, with its full duration, once it returns. tide:diagnostics is tide's own module: this test
// does not run under node.
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const diagnostics = require('tide:diagnostics');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'diagnostics');

// A 300 ms busy-wait in a setTimeout callback, default threshold (100 ms).
{
  const child = spawnSync(process.execPath, ['--warn-blocked', path.join(fixtures, 'busy-timeout.js')],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  const err = child.stderr;
  assert.match(err, /the event loop has been blocked for \d+ ms \(threshold 100 ms\) by a timeout callback: busyTimer at .*busy-timeout\.js/);
  assert.match(err, /JavaScript stack:\n {4}at spin \(.*busy-timeout\.js:\d+:\d+\)\n {4}at busyTimer/);
  const done = err.match(/the event loop was blocked for (\d+) ms by a timeout callback: busyTimer/);
  assert.ok(done, err);
  assert.ok(Number(done[1]) >= 290 && Number(done[1]) < 2000, done[1]);
}

// An explicit threshold above the block: nothing to say.
{
  const child = spawnSync(process.execPath,
                          ['--warn-blocked=1000', path.join(fixtures, 'busy-timeout.js')],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stderr, '');
}

// Switched on programmatically with its own threshold; an immediate is named as such.
{
  const child = spawnSync(process.execPath, [path.join(fixtures, 'busy-immediate.js')],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.match(child.stderr, /\(threshold 80 ms\) by an immediate callback: slowImmediate/);
  assert.doesNotMatch(child.stderr, /shortTimer/);
  assert.strictEqual(child.stderr.match(/was blocked for/g).length, 1);
}

// A bad value on the command line is refused before anything runs.
{
  const child = spawnSync(process.execPath, ['--warn-blocked=abc', '-e', '0'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 9);
  assert.match(child.stderr, /--warn-blocked takes a whole number of milliseconds/);
}

// Arguments.
assert.throws(() => diagnostics.warnBlocked('10'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => diagnostics.warnBlocked(-5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => diagnostics.warnBlocked(1.5), { code: 'ERR_OUT_OF_RANGE' });
diagnostics.warnBlocked(false);  // off (it was never on)
diagnostics.warnBlocked(500);
diagnostics.warnBlocked(0);
