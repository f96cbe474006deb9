'use strict';
// stdio: writing to the child's stdin, 'ignore', 'inherit', descriptor numbers, arrays with extra
// slots, ref/unref.
const assert = require('assert');
const path = require('path');
const { spawn } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'child_process');
const done = [];

const cat = spawn(process.execPath, [path.join(fixtures, 'cat-stdin.js')]);
let out = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', (d) => { out += d; });
cat.stdin.write('hello ');
cat.stdin.end('world');
cat.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'HELLO WORLD');
  done.push('pipe');
});

const ignored = spawn('/bin/sh', ['-c', 'echo hidden; echo hidden >&2'], { stdio: 'ignore' });
assert.strictEqual(ignored.stdin, null);
assert.strictEqual(ignored.stdout, null);
assert.strictEqual(ignored.stderr, null);
assert.deepStrictEqual(ignored.stdio, [null, null, null]);
ignored.on('close', (code) => {
  assert.strictEqual(code, 0);
  done.push('ignore');
});

// A mix: stdin ignored, stdout a pipe, stderr into stdout's pipe? No: stderr inherited (/dev/null
// under the test runner), an extra slot 3 as a pipe the child writes to.
const mixed = spawn('/bin/sh', ['-c', 'echo three >&3; echo one'],
                    { stdio: ['ignore', 'pipe', 'inherit', 'pipe'] });
assert.strictEqual(mixed.stdin, null);
assert.strictEqual(mixed.stderr, null);
assert.strictEqual(mixed.stdio.length, 4);
let one = '';
let three = '';
mixed.stdout.on('data', (d) => { one += d; });
mixed.stdio[3].on('data', (d) => { three += d; });
mixed.on('close', () => {
  assert.strictEqual(one, 'one\n');
  assert.strictEqual(three, 'three\n');
  done.push('mixed');
});

// Descriptor numbers, 'inherit' and a stream with a descriptor: the grandchildren write into the
// pipe that is the fixture's stdout.
const nested = spawn(process.execPath, [path.join(fixtures, 'fd-inherit.js')]);
let nestedOut = '';
nested.stdout.on('data', (d) => { nestedOut += d; });
nested.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(nestedOut, 'by-number\nby-inherit\nby-stream\ndone\n');
  done.push('fd');
});

// Another child's stdin as this child's stdout (a stream handle passed through).
const upper = spawn(process.execPath, [path.join(fixtures, 'cat-stdin.js')]);
let upperOut = '';
upper.stdout.on('data', (d) => { upperOut += d; });
const feeder = spawn('/bin/sh', ['-c', 'echo piped'],
                     { stdio: ['ignore', upper.stdin, 'inherit'] });
feeder.on('close', () => upper.stdin.end());
upper.on('close', () => {
  assert.strictEqual(upperOut, 'PIPED\n');
  done.push('wrap');
});

// Bad stdio values.
assert.throws(() => spawn('/bin/true', [], { stdio: 'bogus' }),
              { code: 'ERR_INVALID_ARG_VALUE',
                message: "The argument 'stdio' is invalid. Received 'bogus'" });
assert.throws(() => spawn('/bin/true', [], { stdio: [Buffer.from('x')] }),
              { code: 'ERR_INVALID_SYNC_FORK_INPUT' });

// unref: a long sleeper that does not keep the loop alive.
const sleeper = spawn('/bin/sleep', ['30'], { stdio: 'ignore' });
sleeper.unref();
process.on('exit', () => {
  sleeper.kill('SIGKILL');
  assert.deepStrictEqual(done.sort(), ['fd', 'ignore', 'mixed', 'pipe', 'wrap']);
});
