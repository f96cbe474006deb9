'use strict';
// Spawning a missing command: no throw, an 'error' event (ENOENT) with Node's fields, then 'close';
// no 'spawn' and no 'exit'.
const assert = require('assert');
const { spawn } = require('child_process');

const seen = [];
const child = spawn('nonexistent-command-xyz', ['--flag', 'x']);
assert.strictEqual(child.pid, undefined);
child.on('spawn', () => seen.push('spawn'));
child.on('exit', () => seen.push('exit'));
child.on('error', (err) => {
  seen.push('error');
  assert.strictEqual(err.message, 'spawn nonexistent-command-xyz ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn nonexistent-command-xyz');
  assert.strictEqual(err.path, 'nonexistent-command-xyz');
  assert.deepStrictEqual(err.spawnargs, ['--flag', 'x']);
});
child.on('close', (code, signal) => {
  seen.push('close');
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
});

// A missing cwd is ENOENT as well (libuv reports it from the spawn).
const badCwd = spawn('/bin/true', [], { cwd: '/nonexistent/dir/xyz' });
badCwd.on('error', (err) => {
  seen.push('cwd-error');
  assert.strictEqual(err.code, 'ENOENT');
});

// Not executable: EACCES.
const noExec = spawn(__filename);
noExec.on('error', (err) => {
  seen.push('eacces');
  assert.strictEqual(err.code, 'EACCES');
  assert.strictEqual(err.message, `spawn ${__filename} EACCES`);
});

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), ['cwd-error', 'eacces', 'close', 'error'].sort());
});
