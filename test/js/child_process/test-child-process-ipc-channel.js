'use strict';
// The IPC channel itself: process.channel / subprocess.channel (ref/unref), the child keeps running
// while it listens for messages and stops when it calls process.channel.unref(), send() reports
// backpressure (false once a lot waits), messages with a NODE_ cmd are internal ('internalMessage',
// never 'message'), process.disconnect() in the child, and sends after a disconnect.
const assert = require('assert');
const { fork } = require('child_process');

const mode = process.argv[2];
if (mode === 'unref') {
  // Listening, yet unref()ed: the child exits by itself once this turn is done.
  process.on('message', () => {});
  assert.strictEqual(typeof process.channel.ref, 'function');
  assert.strictEqual(typeof process.channel.fd, 'number');
  process.channel.unref();
  process.send('unrefd');
  return;
}
if (mode === 'echo') {
  let count = 0;
  process.on('message', (msg) => {
    if (msg === 'done') {
      process.send({ count }, () => {
        process.disconnect();
        assert.strictEqual(process.connected, false);
        assert.strictEqual(process.channel, null);
        process.send('late', (err) => {
          assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
          process.exitCode = 7;
        });
      });
    } else {
      count++;
    }
  });
  process.on('internalMessage', (msg) => {
    if (msg.cmd === 'NODE_TIDE_TEST') process.send({ internalSeen: msg.n });
  });
  return;
}

const done = [];

const quiet = fork(__filename, ['unref'], { stdio: 'ignore' });
quiet.on('message', (msg) => assert.strictEqual(msg, 'unrefd'));
quiet.on('exit', (code) => {
  assert.strictEqual(code, 0);
  done.push('unref');
});

const child = fork(__filename, ['echo']);
assert.strictEqual(typeof child.channel.unref, 'function');
const results = [];
child.on('message', (msg) => results.push(msg));
child.on('internalMessage', (msg) => results.push(['internal', msg.cmd]));
child.send({ cmd: 'NODE_TIDE_TEST', n: 5 });
const big = 'x'.repeat(64 * 1024);
let sawBackpressure = false;
for (let i = 0; i < 50; i++) {
  if (!child.send(big)) sawBackpressure = true;
}
assert.strictEqual(sawBackpressure, true);
child.send('done', (err) => {
  assert.strictEqual(err, null);
  done.push('send-cb');
});
const order = [];
child.on('disconnect', () => {
  order.push('disconnect');
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);
});
child.on('exit', (code) => {
  order.push('exit');
  assert.strictEqual(code, 7);
});
child.on('close', () => {
  assert.deepStrictEqual(results, [{ internalSeen: 5 }, { count: 50 }]);
  assert.deepStrictEqual(order.sort(), ['disconnect', 'exit']);
  done.push('echo');
});

process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['echo', 'send-cb', 'unref']);
});
