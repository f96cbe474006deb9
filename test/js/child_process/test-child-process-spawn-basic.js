'use strict';
// spawn: arguments, cwd, env, stdout collection, 'spawn'/'exit'/'close' order, pid, spawnfile,
// spawnargs, argv0, shell.
const assert = require('assert');
const path = require('path');
const os = require('os');
const { spawn, ChildProcess } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'child_process');

function collect(stream) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  return () => Buffer.concat(chunks).toString();
}

const events = [];
const child = spawn(process.execPath, [path.join(fixtures, 'echo-args.js'), 'a b', 'c'], {
  cwd: os.tmpdir(),
  env: { ...process.env, FOO: 'bar' },
});
assert.ok(child instanceof ChildProcess);
assert.strictEqual(typeof child.pid, 'number');
assert.strictEqual(child.spawnfile, process.execPath);
assert.deepStrictEqual(child.spawnargs,
                       [process.execPath, path.join(fixtures, 'echo-args.js'), 'a b', 'c']);
assert.strictEqual(child.exitCode, null);
assert.strictEqual(child.signalCode, null);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.stdio.length, 3);
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
const out = collect(child.stdout);
child.on('spawn', () => events.push('spawn'));
child.on('exit', (code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(child.exitCode, 0);
});
child.on('close', (code, signal) => {
  events.push('close');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.deepStrictEqual(JSON.parse(out()),
                         { argv: ['a b', 'c'], cwd: os.tmpdir(), foo: 'bar' });
});

// argv0 replaces argv[0] only.
const argv0Child = spawn('/bin/sh', ['-c', 'echo $0'], { argv0: 'custom-name' });
const argv0Out = collect(argv0Child.stdout);
argv0Child.on('close', () => assert.strictEqual(argv0Out(), 'custom-name\n'));

// shell: true runs the joined command under /bin/sh -c; a string picks the shell.
const shellChild = spawn('echo', ['$((1+2))', '|', 'tr', '3', 'x'], { shell: true });
assert.strictEqual(shellChild.spawnfile, '/bin/sh');
assert.deepStrictEqual(shellChild.spawnargs, ['/bin/sh', '-c', 'echo $((1+2)) | tr 3 x']);
const shellOut = collect(shellChild.stdout);
shellChild.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(shellOut(), 'x\n');
});
const shellPathChild = spawn('echo hi', { shell: '/bin/sh' });
const shellPathOut = collect(shellPathChild.stdout);
shellPathChild.on('close', () => assert.strictEqual(shellPathOut(), 'hi\n'));

// Exit codes and stderr.
const failing = spawn(process.execPath, [path.join(fixtures, 'exit-code.js'), '7']);
const failErr = collect(failing.stderr);
failing.on('close', (code, signal) => {
  assert.strictEqual(code, 7);
  assert.strictEqual(signal, null);
  assert.strictEqual(failing.exitCode, 7);
  assert.strictEqual(failErr(), 'err\n');
});

process.on('exit', () => {
  assert.deepStrictEqual(events, ['spawn', 'exit', 'close']);
});
