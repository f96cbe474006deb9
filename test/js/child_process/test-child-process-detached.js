'use strict';
// detached: the child leads its own process group (and session), so it survives as its own group;
// with unref() and stdio 'ignore' the parent does not wait for it. Also: ref()/unref() on a
// ChildProcess, the prototype's own methods.
const assert = require('assert');
const { spawn, spawnSync, ChildProcess } = require('child_process');

const child = spawn('/bin/sleep', ['30'], { detached: true, stdio: 'ignore' });
child.unref();
const pgid = spawnSync('/bin/ps', ['-o', 'pgid=', '-p', String(child.pid)], { encoding: 'utf8' });
if (pgid.status === 0) assert.strictEqual(Number(pgid.stdout.trim()), child.pid);
// Kill the whole group, as a detached child's owner would.
process.kill(-child.pid, 'SIGKILL');

// A non-detached child shares our group.
const attached = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
const pgid2 = spawnSync('/bin/ps', ['-o', 'pgid=', '-p', String(attached.pid)],
                        { encoding: 'utf8' });
if (pgid2.status === 0) assert.notStrictEqual(Number(pgid2.stdout.trim()), attached.pid);
attached.unref();
attached.ref();
attached.on('exit', (code, signal) => assert.strictEqual(signal, 'SIGKILL'));
setTimeout(() => attached.kill('SIGKILL'), 10);

for (const name of ['spawn', 'kill', 'ref', 'unref']) {
  assert.strictEqual(typeof ChildProcess.prototype[name], 'function');
}
assert.strictEqual(Object.hasOwn(ChildProcess.prototype, 'undefined'), false);
