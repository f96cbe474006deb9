'use strict';
// MessageChannel / MessagePort in one thread: start by listener, onmessage and MessageEvent,
// queued messages before start, receiveMessageOnPort, close() closing both ends, postMessage's
// argument errors, ref/unref/hasRef, and the globals.
const assert = require('assert');
const {
  MessageChannel, MessagePort, receiveMessageOnPort, moveMessagePortToContext,
} = require('worker_threads');

assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.strictEqual(globalThis.MessagePort, MessagePort);
assert.strictEqual(typeof globalThis.MessageEvent, 'function');
assert.strictEqual(typeof globalThis.BroadcastChannel, 'function');
assert.throws(() => new MessagePort(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_INVALID' });

const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
assert.strictEqual(port1.hasRef(), false);

// Errors of postMessage.
assert.throws(() => port1.postMessage(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'Not enough arguments to MessagePort.postMessage',
});
assert.throws(() => port1.postMessage(1, [1]), {
  name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList',
});
assert.throws(() => port1.postMessage(1, [port1]), {
  name: 'DataCloneError', code: 25, message: 'Transfer list contains source port',
});
assert.throws(() => port1.postMessage(() => 1), (e) => {
  assert.ok(e instanceof DOMException);
  assert.strictEqual(e.name, 'DataCloneError');
  assert.strictEqual(e.message, '() => 1 could not be cloned.');
  return true;
});
assert.throws(() => port1.postMessage(Symbol('s')), { name: 'DataCloneError' });
// (node v20 throws a TypeError here; Node 22 and 24 a DataCloneError, as tide.)
assert.throws(() => port1.postMessage({ p: port1 }), {
  message: 'Object that needs transfer was found in message but not listed in transferList',
});
assert.throws(() => receiveMessageOnPort({}), { code: 'ERR_INVALID_ARG_TYPE' });
if (process.versions.tide) {  // (tide has no way to move a port into a vm context yet)
  assert.throws(() => moveMessagePortToContext(port1, {}), { code: 'ERR_NOT_IMPLEMENTED' });
}

// Queued before anyone listens; received synchronously.
port1.postMessage({ a: 1, d: new Date(0), r: /x/g, m: new Map([[1, 2]]), s: new Set([3]) });
port1.postMessage('second');
const first = receiveMessageOnPort(port2);
assert.deepStrictEqual(first, {
  message: { a: 1, d: new Date(0), r: /x/g, m: new Map([[1, 2]]), s: new Set([3]) },
});
const cyclic = { name: 'c' };
cyclic.self = cyclic;
port1.postMessage(cyclic);

const received = [];
port2.on('message', (value) => {
  received.push(value);
  if (received.length === 2) {
    assert.deepStrictEqual(received[0], 'second');
    assert.strictEqual(received[1].self, received[1]);
    assert.strictEqual(port2.hasRef(), true);
    onmessageStyle();
  }
});

function onmessageStyle() {
  const { port1: a, port2: b } = new MessageChannel();
  b.onmessage = (event) => {
    assert.ok(event instanceof MessageEvent);
    assert.strictEqual(event.type, 'message');
    assert.strictEqual(event.data, 'via onmessage');
    assert.deepStrictEqual(event.ports, []);
    b.onmessage = null;
    closing(a, b);
  };
  a.postMessage('via onmessage');
}

function closing(a, b) {
  let closes = 0;
  const closed = () => {
    if (++closes === 2) {
      // Posting on a closed port does nothing.
      a.postMessage('dropped');
      assert.strictEqual(receiveMessageOnPort(b), undefined);
      port1.close();
      console.log('ok');
    }
  };
  a.on('close', closed);
  b.addEventListener('close', (event) => {
    assert.ok(event instanceof Event);
    closed();
  });
  a.close();
}
