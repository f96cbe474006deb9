'use strict';
// IPv4 send/receive on localhost: every message form (Buffer, string, TypedArray, DataView, arrays
// of them, offset/length slices, empty), rinfo, the send callback's (err, bytes), implicit bind of
// the sender, and an echo back to the sender.
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const expected = [
  'hello',
  'string',
  'typed',
  'view',
  'ab',
  'ell',
  '',
  'echo-me',
];
const received = [];
const sentBytes = [];
let echoed = false;

server.on('message', (msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.size, msg.length);
  assert.strictEqual(typeof rinfo.port, 'number');
  assert.strictEqual(rinfo.port, client.address().port);
  received.push(msg.toString());
  if (msg.toString() === 'echo-me') server.send(msg, rinfo.port, rinfo.address);
  maybeDone();
});

client.on('message', (msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'echo-me');
  assert.strictEqual(rinfo.port, server.address().port);
  echoed = true;
  maybeDone();
});

function maybeDone() {
  if (!echoed || received.length !== expected.length) return;
  client.close();
  server.close();
}

server.bind(0, '127.0.0.1', common());

function common() {
  return function onBound() {
    assert.strictEqual(this, server);
    const { port, address, family } = server.address();
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 'IPv4');
    // The client is not bound: the first send binds it.
    const cb = (err, bytes) => {
      assert.ifError(err);
      sentBytes.push(bytes);
    };
    client.send(Buffer.from('hello'), port, '127.0.0.1', cb);
    client.send('string', port, 'localhost', cb);
    client.send(new Uint8Array(Buffer.from('typed')), port, cb);
    const ab = new ArrayBuffer(4);
    Buffer.from(ab).write('view');
    client.send(new DataView(ab), port, '127.0.0.1', cb);
    client.send(['a', Buffer.from('b')], port, '127.0.0.1', cb);
    client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', cb);
    client.send([], port, '127.0.0.1', cb);
    client.send('echo-me', port, '127.0.0.1', cb);
  };
}

process.on('exit', () => {
  // 'localhost' goes through dns.lookup, so that datagram may come later than the others.
  assert.deepStrictEqual(received.sort(), expected.sort());
  assert.deepStrictEqual(sentBytes.sort(), [0, 2, 3, 4, 5, 5, 6, 7]);
  assert.ok(echoed);
});
