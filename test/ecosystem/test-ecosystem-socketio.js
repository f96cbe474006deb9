'use strict';
// socket.io 4 server on a local http server and socket.io-client: connect (polling then websocket
// upgrade), emit with acknowledgement, rooms/broadcast, binary payloads, disconnect.
const assert = require('assert');
const http = require('http');
const { Server } = require('socket.io');
const { io: connect } = require('socket.io-client');

const server = http.createServer();
const io = new Server(server);
io.on('connection', (socket) => {
  assert.strictEqual(socket.handshake.query.who, 'tester');
  socket.join('room1');
  socket.on('sum', (a, b, ack) => ack(a + b));
  socket.on('bin', (buf, ack) => ack(Buffer.concat([buf, Buffer.from([9])])));
  socket.on('shout', (msg) => io.to('room1').emit('heard', msg.toUpperCase()));
});

server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}`;
  const run = (transports) => new Promise((resolve, reject) => {
    const client = connect(url, { query: { who: 'tester' }, transports, reconnection: false });
    client.on('connect_error', reject);
    client.on('connect', async () => {
      try {
        assert.strictEqual(await client.emitWithAck('sum', 2, 40), 42);
        const back = await client.emitWithAck('bin', Buffer.from([1, 2]));
        assert.deepStrictEqual([...new Uint8Array(back)], [1, 2, 9]);
        client.once('heard', (msg) => {
          assert.strictEqual(msg, 'HELLO');
          const name = client.io.engine.transport.name;
          client.disconnect();
          resolve(name);
        });
        client.emit('shout', 'hello');
      } catch (e) {
        reject(e);
      }
    });
  });
  try {
    const first = await run(['polling', 'websocket']);
    assert.ok(first === 'polling' || first === 'websocket', first);
    assert.strictEqual(await run(['polling']), 'polling');
    assert.strictEqual(await run(['websocket']), 'websocket');
    io.close();
    console.log('ok');
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
});
