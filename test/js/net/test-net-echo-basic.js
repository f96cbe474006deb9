'use strict';
// A TCP server on 127.0.0.1:0 echoes what a client sends; addresses, byte counts, readyState and
// the event order ('listening', 'connect', 'ready', 'end', 'close').
const assert = require('assert');
const net = require('net');

const events = [];
let connections = 0;  // 'connection' and 'connect' may come in either order
const server = net.createServer((socket) => {
  connections++;
  assert.strictEqual(socket.remoteAddress, '127.0.0.1');
  assert.strictEqual(socket.remoteFamily, 'IPv4');
  assert.strictEqual(socket.localPort, server.address().port);
  assert.strictEqual(socket.server, server);
  socket.pipe(socket);
});
assert.strictEqual(server.listening, false);
server.listen(0, '127.0.0.1', () => {
  events.push('listening');
  assert.strictEqual(server.listening, true);
  const { address, family, port } = server.address();
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  assert.ok(port > 0);
  const client = net.connect(port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('connect', () => {
    events.push('connect');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.readyState, 'readOnly');  // end() was called already
    assert.strictEqual(client.remotePort, port);
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(client.localFamily, 'IPv4');
    assert.deepStrictEqual(client.address(), {
      address: '127.0.0.1', family: 'IPv4', port: client.localPort,
    });
  });
  client.on('ready', () => events.push('ready'));
  const chunks = [];
  client.on('data', (d) => chunks.push(d));
  client.on('end', () => {
    events.push('end');
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
    assert.strictEqual(client.bytesRead, 11);
    assert.strictEqual(client.bytesWritten, 11);
  });
  client.on('close', (hadError) => {
    events.push('close');
    assert.strictEqual(hadError, false);
    server.close(() => {
      assert.deepStrictEqual(events,
                             ['listening', 'connect', 'ready', 'end', 'close']);
      assert.strictEqual(connections, 1);
      done = true;
    });
  });
  client.write('hello ');
  client.end('world');
});
let done = false;
process.on('exit', () => assert.ok(done));
