'use strict';
// spawnSync/execSync/execFileSync: results, input, encoding, timeout, maxBuffer, thrown errors.
const assert = require('assert');
const path = require('path');
const { spawnSync, execSync, execFileSync } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'child_process');

let r = spawnSync('/bin/sh', ['-c', 'echo out; echo err >&2; exit 4']);
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 4);
assert.strictEqual(r.signal, null);
assert.strictEqual(typeof r.pid, 'number');
assert.ok(r.pid > 0);
assert.strictEqual(r.output[0], null);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.strictEqual(r.output[1], r.stdout);
assert.strictEqual(r.error, undefined);

// input (string and Buffer) and encoding.
r = spawnSync(process.execPath, [path.join(fixtures, 'cat-stdin.js')],
              { input: 'abc', encoding: 'utf8' });
assert.strictEqual(r.stdout, 'ABC');
assert.strictEqual(r.stderr, '');
r = spawnSync('/bin/cat', { input: Buffer.from('buf') });
assert.strictEqual(r.stdout.toString(), 'buf');
// Large input (more than a pipe buffer) round-trips.
const big = 'y'.repeat(300000);
r = spawnSync('/bin/cat', [], { input: big, encoding: 'latin1' });
assert.strictEqual(r.stdout.length, big.length);

// cwd and env.
r = spawnSync('/bin/sh', ['-c', 'pwd; echo $FOO'],
              { cwd: '/', env: { FOO: 'bar' }, encoding: 'utf8' });
assert.strictEqual(r.stdout, '/\nbar\n');

// A signal death: status null, signal set.
r = spawnSync('/bin/sh', ['-c', 'kill -9 $$']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.signal, 'SIGKILL');

// timeout → ETIMEDOUT error and killSignal.
r = spawnSync('/bin/sleep', ['10'], { timeout: 50, killSignal: 'SIGINT' });
assert.strictEqual(r.signal, 'SIGINT');
assert.strictEqual(r.status, null);
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.error.message, 'spawnSync /bin/sleep ETIMEDOUT');
assert.strictEqual(r.error.syscall, 'spawnSync /bin/sleep');
assert.strictEqual(r.error.path, '/bin/sleep');
assert.deepStrictEqual(r.error.spawnargs, ['10']);

// maxBuffer → ENOBUFS, the child is killed.
r = spawnSync(process.execPath, [path.join(fixtures, 'big-output.js'), '1000000'],
              { maxBuffer: 100 });
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.strictEqual(r.signal, 'SIGTERM');

// ENOENT.
r = spawnSync('nonexistent-xyz', ['a']);
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.message, 'spawnSync nonexistent-xyz ENOENT');
assert.strictEqual(r.error.errno, -2);
assert.deepStrictEqual(r.error.spawnargs, ['a']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.output, null);
assert.strictEqual(r.stdout, null);

// stdio 'inherit'/'ignore' in the sync form: no output collected for those slots.
r = spawnSync('/bin/sh', ['-c', 'echo x'], { stdio: ['ignore', 'ignore', 'pipe'] });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, null);
assert.strictEqual(r.stderr.length, 0);

// execSync / execFileSync return stdout.
assert.strictEqual(execSync('echo hi').toString(), 'hi\n');
assert.strictEqual(execSync('echo hi', { encoding: 'utf8' }), 'hi\n');
assert.strictEqual(execFileSync('/bin/echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.strictEqual(execSync('cat', { input: 'from input' }).toString(), 'from input');

// Failures throw with status/signal/output/stdout/stderr.
assert.throws(() => execSync('echo bad >&2; exit 3', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.status, 3);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stderr.toString(), 'bad\n');
  assert.strictEqual(err.stdout.toString(), '');
  assert.strictEqual(err.output.length, 3);
  assert.strictEqual(typeof err.pid, 'number');
  return true;
});
assert.throws(() => execFileSync('/bin/sh', ['-c', 'exit 1'], { stdio: 'pipe' }), {
  message: 'Command failed: /bin/sh -c exit 1',
  status: 1,
});
assert.throws(() => execFileSync('nonexistent-xyz'), {
  code: 'ENOENT',
  message: 'spawnSync nonexistent-xyz ENOENT',
  path: 'nonexistent-xyz',
  status: null,
});
assert.throws(() => execSync('sleep 10', { timeout: 30 }), {
  code: 'ETIMEDOUT',
  signal: 'SIGTERM',
});

// Validation.
assert.throws(() => spawnSync('/bin/true', [], { input: 42 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.stdio[0]" property must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (42)',
});
assert.throws(() => spawnSync('/bin/true', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawnSync('/bin/true', [], { killSignal: 'SIGNOPE' }),
              { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => spawnSync('/bin/true', [], { killSignal: {} }),
              { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawnSync('/bin/true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }),
              { code: 'ERR_IPC_SYNC_FORK' });
