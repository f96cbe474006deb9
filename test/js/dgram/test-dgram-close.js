'use strict';
// close(): the callback and 'close' on the next tick, close while binding (queued behind the
// bind), sends queued before the bind, AbortSignal, and Symbol.asyncDispose.
const assert = require('assert');
const dgram = require('dgram');

const order = [];

// close(cb): 'close' comes asynchronously; the callback is a 'close' listener.
const a = dgram.createSocket('udp4');
a.bind(0, () => {
  let sync = true;
  assert.strictEqual(a.close(() => {
    assert.strictEqual(sync, false);
    order.push('a');
  }), a);
  sync = false;
});

// Closing while the bind is pending: the close is queued behind the bind. As in Node, the send
// queued before it is dropped: its address lookup completes only after the close.
const b = dgram.createSocket('udp4');
b.send('queued', 9, '127.0.0.1', () => order.push('b-sent'));
b.close(() => order.push('b'));

// An aborted signal closes the socket.
const ac = new AbortController();
const c = dgram.createSocket({ type: 'udp4', signal: ac.signal });
c.on('close', () => order.push('c'));
c.bind(0, () => ac.abort());

// Already aborted: closed at once.
const d = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
d.on('close', () => order.push('d'));
assert.throws(() => d.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });

// asyncDispose closes, and is harmless on a closed socket.
const e = dgram.createSocket('udp4');
const dispose = e[Symbol.asyncDispose ?? Symbol.for('nodejs.asyncDispose')];
assert.strictEqual(typeof dispose, 'function');
e.bind(0, async () => {
  await dispose.call(e);
  order.push('e');
  await dispose.call(e);
});

process.on('exit', () => {
  assert.deepStrictEqual(order.sort(), ['a', 'b', 'c', 'd', 'e']);
});
