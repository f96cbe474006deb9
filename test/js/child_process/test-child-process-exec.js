'use strict';
// exec/execFile: callback shapes, encodings, errors (code/killed/signal/cmd), maxBuffer, timeout,
// util.promisify.
const assert = require('assert');
const path = require('path');
const util = require('util');
const { exec, execFile } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'child_process');
const done = [];

exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'hello\n');
  assert.strictEqual(stderr, 'warn\n');
  done.push('exec');
});

exec('echo oops >&2; exit 3', (err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 3\noops\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo oops >&2; exit 3');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, 'oops\n');
  done.push('exec-fail');
});

execFile(process.execPath, [path.join(fixtures, 'echo-args.js'), 'x'], { encoding: 'buffer' },
         (err, stdout, stderr) => {
           assert.strictEqual(err, null);
           assert.ok(Buffer.isBuffer(stdout));
           assert.ok(Buffer.isBuffer(stderr));
           assert.strictEqual(JSON.parse(stdout.toString()).argv[0], 'x');
           done.push('buffer');
         });

execFile(process.execPath, [path.join(fixtures, 'exit-code.js'), '5'], (err, stdout, stderr) => {
  assert.strictEqual(err.code, 5);
  assert.strictEqual(err.cmd, `${process.execPath} ${path.join(fixtures, 'exit-code.js')} 5`);
  assert.strictEqual(err.message, `Command failed: ${err.cmd}\nerr\n`);
  assert.strictEqual(stdout, 'out\n');
  done.push('execFile-fail');
});

execFile('/bin/echo', { encoding: 'latin1' }, (err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '\n');
  done.push('no-args');
});

// maxBuffer: the child is killed, the error is a RangeError, the output is cut at the limit.
execFile(process.execPath, [path.join(fixtures, 'big-output.js'), '100000'], { maxBuffer: 10 },
         (err, stdout) => {
           assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
           assert.strictEqual(err.name, 'RangeError');
           assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
           assert.strictEqual(stdout, 'x'.repeat(10));
           done.push('maxBuffer');
         });

// timeout: killed with killSignal.
exec('sleep 10', { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.message, 'Command failed: sleep 10\n');
  done.push('timeout');
});

// A missing file: the spawn error reaches the callback.
execFile('nonexistent-xyz', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn nonexistent-xyz ENOENT');
  assert.strictEqual(err.cmd, 'nonexistent-xyz');
  done.push('enoent');
});

// An AbortSignal: the callback gets the AbortError and the child is killed.
const ac = new AbortController();
const abortable = exec('sleep 10', { signal: ac.signal }, (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(abortable.killed, true);
  done.push('abort');
});
ac.abort();

// exec returns the ChildProcess.
const child = exec('exit 0');
assert.strictEqual(typeof child.pid, 'number');

(async () => {
  const { stdout, stderr } = await util.promisify(exec)('echo promised');
  assert.strictEqual(stdout, 'promised\n');
  assert.strictEqual(stderr, '');
  const p = util.promisify(execFile)('/bin/sh', ['-c', 'echo e >&2; exit 2']);
  assert.strictEqual(typeof p.child.pid, 'number');
  await assert.rejects(p, (err) => {
    assert.strictEqual(err.code, 2);
    assert.strictEqual(err.stdout, '');
    assert.strictEqual(err.stderr, 'e\n');
    return true;
  });
  done.push('promisify');
})();

assert.throws(() => exec(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => exec('echo\u0000'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'command' must be a string without null bytes. Received 'echo\\x00'",
});
assert.throws(() => execFile('/bin/true', [], { maxBuffer: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxBuffer" is out of range. ' +
           'It must be a positive number. Received -1',
});
assert.throws(() => execFile('/bin/true', [], { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => execFile('/bin/true', [], {}, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['abort', 'buffer', 'enoent', 'exec', 'exec-fail', 'execFile-fail',
                                       'maxBuffer', 'no-args', 'promisify', 'timeout']);
});
