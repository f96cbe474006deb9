'use strict';
// fork(): a JSON IPC channel both ways, send callbacks, disconnect from either side, 'disconnect'
// and 'close' ordering, a child without 'message' listeners exits on its own, validation.
const assert = require('assert');
const path = require('path');
const { fork } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'child_process');
const done = [];

const child = fork(path.join(fixtures, 'fork-echo.js'), ['arg1'], { silent: true });
assert.strictEqual(child.connected, true);
assert.strictEqual(child.stdio.length, 4);
assert.strictEqual(child.stdio[3], null);
const received = [];
child.on('message', (msg) => {
  received.push(msg);
  if (msg.ready) {
    assert.deepStrictEqual(msg, { ready: true, argv: ['arg1'], connected: true, channelEnv: true });
    assert.strictEqual(child.send({ n: 1, s: 'é\n"' }), true);
    child.send([1, 2, 3], (err) => {
      assert.strictEqual(err, null);
      done.push('send-cb');
    });
    child.send('bye');
  }
});
const order = [];
child.on('disconnect', () => {
  order.push('disconnect');
  assert.strictEqual(child.connected, false);
  child.send('late', (err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
    done.push('late');
  });
});
child.on('exit', (code) => {
  order.push('exit');
  assert.strictEqual(code, 0);
});
child.on('close', () => {
  order.push('close');
  assert.deepStrictEqual(received.slice(1), [{ echo: { n: 1, s: 'é\n"' } }, { echo: [1, 2, 3] }]);
  assert.strictEqual(order[order.length - 1], 'close');
  assert.ok(order.includes('disconnect'));
  done.push('echo');
});

// The parent disconnects: the child (no listeners left keeping it) exits.
const quiet = fork(path.join(fixtures, 'fork-no-listener.js'),
                   { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
let quietOut = '';
quiet.stdout.on('data', (d) => { quietOut += d; });
quiet.on('message', (msg) => {
  assert.strictEqual(msg, 'hello');
  quiet.disconnect();
  assert.strictEqual(quiet.connected, false);
  quiet.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
    done.push('double-disconnect');
  });
  quiet.disconnect();
});
// (node v20 emits no 'close' for a child the parent disconnected while handling its message, so
// this waits for 'exit' and the end of stdout.)
let quietEnded = false;
quiet.stdout.on('end', () => { quietEnded = true; });
quiet.on('exit', (code) => {
  assert.strictEqual(code, 0);
  setTimeout(() => {
    assert.ok(quietEnded);
    assert.strictEqual(quietOut, 'sent\n');
    done.push('quiet');
  }, 50);
});

assert.throws(() => fork(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork('x', 'y'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fork('x', [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => fork('x', [], { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => child.send(undefined), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => require('child_process').spawn('/bin/true', [],
                                                   { stdio: ['ipc', 'pipe', 'pipe', 'ipc'] }),
              { code: 'ERR_IPC_ONE_PIPE' });

process.on('exit', () => {
  assert.deepStrictEqual(done.sort(),
                         ['double-disconnect', 'echo', 'late', 'listener', 'quiet', 'send-cb']);
});

// A child listening for messages stays alive until the parent disconnects; then it exits.
const listener = fork(path.join(fixtures, 'fork-listen.js'), { silent: true });
let listenerOut = '';
listener.stdout.on('data', (d) => { listenerOut += d; });
listener.on('message', (msg) => {
  assert.strictEqual(msg, 'listening');
  setTimeout(() => {
    assert.strictEqual(listener.exitCode, null);  // still running
    listener.disconnect();
  }, 100);
});
listener.on('exit', (code) => {
  assert.strictEqual(code, 0);
  setTimeout(() => {
    assert.strictEqual(listenerOut, 'disconnected false\n');
    done.push('listener');
  }, 50);
});

// Not forked: no channel.
assert.strictEqual(process.send, undefined);
assert.strictEqual(process.connected, undefined);
