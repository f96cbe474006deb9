'use strict';
// transferList: ArrayBuffers move (the sender's is detached, the receiver's has the bytes),
// MessagePorts move into another thread and keep working there; typed arrays arrive as copies;
// markAsUntransferable.
const assert = require('assert');
const {
  Worker, MessageChannel, markAsUntransferable, isMarkedAsUntransferable,
} = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', ({ buffer, port, view }) => {
    const bytes = new Uint8Array(buffer);
    port.postMessage({ first: bytes[0], length: buffer.byteLength, view: view[1] });
    port.postMessage(buffer, [buffer]);
    port.on('message', (m) => { port.postMessage(m + '!'); port.close(); });
  });
`, { eval: true });

const buffer = new ArrayBuffer(1024 * 1024);
new Uint8Array(buffer)[0] = 7;
const view = new Uint16Array([1, 2, 3]);
const { port1, port2 } = new MessageChannel();
worker.postMessage({ buffer, port: port2, view }, [buffer, port2]);
assert.strictEqual(buffer.byteLength, 0);
assert.strictEqual(view[1], 2);
// A transferred port is gone from this thread.
assert.throws(() => port1.postMessage(1, [port2]), {
  name: 'DataCloneError', message: 'MessagePort in transfer list is already detached',
});

const results = [];
port1.on('message', (m) => {
  results.push(m);
  if (results.length === 2) port1.postMessage('back');
});
port1.on('close', () => {
  assert.deepStrictEqual(results[0], { first: 7, length: 1024 * 1024, view: 2 });
  assert.ok(results[1] instanceof ArrayBuffer);
  assert.strictEqual(results[1].byteLength, 1024 * 1024);
  assert.strictEqual(new Uint8Array(results[1])[0], 7);
  assert.strictEqual(results[2], 'back!');
  worker.terminate();
  untransferable();
});

// (node v20 silently copies a marked buffer instead; Node 22 throws, as here.)
function untransferable() {
  const ab = new ArrayBuffer(8);
  const hasCheck = typeof isMarkedAsUntransferable === 'function';  // Node 21+
  if (hasCheck) assert.strictEqual(isMarkedAsUntransferable(ab), false);
  markAsUntransferable(ab);
  if (hasCheck) assert.strictEqual(isMarkedAsUntransferable(ab), true);
  const { port1: a } = new MessageChannel();
  if (process.versions.node.split('.')[0] >= 22 || process.versions.tide) {
    assert.throws(() => a.postMessage(ab, [ab]), {
      name: 'DataCloneError', message: 'Cannot transfer object of unsupported type.',
    });
  }
  assert.strictEqual(ab.byteLength, 8);
  a.close();
  console.log('ok');
}
