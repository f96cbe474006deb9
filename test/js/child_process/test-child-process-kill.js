'use strict';
// kill(): returns true, sets killed, 'exit' gets the signal name; after exit it returns false;
// unknown signals throw; timeout and AbortSignal kill with killSignal.
const assert = require('assert');
const path = require('path');
const { spawn } = require('child_process');

const sleeper = path.join(__dirname, '..', '..', 'fixtures', 'child_process', 'sleep.js');
const done = [];

const child = spawn(process.execPath, [sleeper]);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError',
                                             message: 'Unknown signal: SIGNOPE' });
assert.throws(() => child.kill(99999), { code: 'ERR_UNKNOWN_SIGNAL' });
child.on('spawn', () => {
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
});
child.on('exit', (code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.signalCode, 'SIGTERM');
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.kill(), false);
  done.push('kill');
});

// Signal numbers and lower-case names work too.
const byNumber = spawn(process.execPath, [sleeper]);
assert.strictEqual(byNumber.kill(9), true);
byNumber.on('exit', (code, signal) => {
  assert.strictEqual(signal, 'SIGKILL');
  done.push('number');
});

// timeout + killSignal.
const timed = spawn(process.execPath, [sleeper], { timeout: 50, killSignal: 'SIGINT' });
timed.on('exit', (code, signal) => {
  assert.strictEqual(signal, 'SIGINT');
  done.push('timeout');
});

// AbortSignal: kills and emits an AbortError.
const controller = new AbortController();
const aborted = spawn(process.execPath, [sleeper], { signal: controller.signal });
aborted.on('error', (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  done.push('abort-error');
});
aborted.on('exit', (code, signal) => {
  assert.strictEqual(signal, 'SIGTERM');
  done.push('abort-exit');
});
setTimeout(() => controller.abort(), 20);

// An already-aborted signal kills right after spawn.
const pre = spawn(process.execPath, [sleeper],
                  { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
pre.on('error', (err) => assert.strictEqual(err.name, 'AbortError'));
pre.on('exit', (code, signal) => {
  assert.strictEqual(signal, 'SIGKILL');
  done.push('pre-abort');
});

process.on('exit', () => {
  assert.deepStrictEqual(done.sort(),
                         ['abort-error', 'abort-exit', 'kill', 'number', 'pre-abort', 'timeout']);
});
