'use strict';
// --heapsnapshot-signal=SIGNAL: the signal writes a heap snapshot (v8.writeHeapSnapshot()'s name)
// into the working directory; listening for it does not keep the process alive. A name that is
// not a signal is a bad option.

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const env = { ...process.env };
delete env.NODE_OPTIONS;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-heapsnapshot-'));
try {
  const code = 'process.kill(process.pid, "SIGUSR2"); setTimeout(() => {}, 200)';
  const r = spawnSync(process.execPath, ['--heapsnapshot-signal=SIGUSR2', '-e', code],
                      { cwd: dir, env, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const files = fs.readdirSync(dir);
  assert.strictEqual(files.length, 1, files.join());
  assert.match(files[0], /^Heap\.\d{8}\.\d{6}\.\d+\.0\.001\.heapsnapshot$/);
  const snapshot = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
  assert.ok(Array.isArray(snapshot.nodes) && snapshot.nodes.length > 0);

  // Nothing keeps the process alive.
  const r2 = spawnSync(process.execPath, ['--heapsnapshot-signal=SIGUSR2', '-e', '1'],
                       { cwd: dir, env, encoding: 'utf8', timeout: 5000 });
  assert.strictEqual(r2.status, 0);

  const r3 = spawnSync(process.execPath, ['--heapsnapshot-signal=USR2', '-e', 'console.log("ran")'],
                       { cwd: dir, env, encoding: 'utf8' });
  assert.strictEqual(r3.status, 1);
  assert.strictEqual(r3.stdout, '');
  assert.match(r3.stderr, /TypeError \[ERR_UNKNOWN_SIGNAL\]: Unknown signal: USR2\n/);
} finally {
  fs.rmSync(dir, { recursive: true });
}
