'use strict';
// An unref'd server (or socket) does not keep the process alive; ref() again does.
const assert = require('assert');
const net = require('net');

const server = net.createServer();
server.listen(0, '127.0.0.1');
assert.strictEqual(server.unref(), server);
const other = net.createServer((s) => s.unref()).unref();
other.listen(0, '127.0.0.1', () => {
  const c = net.connect(other.address().port, '127.0.0.1');
  c.unref();
});
let exited = false;
process.on('exit', () => { exited = true; });
setTimeout(() => assert.strictEqual(exited, false), 10);
