'use strict';
// AsyncLocalStorage: 'message' runs in the frame the socket was created in, the send callback in
// the frame of the send.
const assert = require('assert');
const dgram = require('dgram');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];

const server = als.run('server', () => dgram.createSocket('udp4'));
server.on('message', () => {
  seen.push(`message:${als.getStore()}`);
  server.close();
});
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  als.run('send', () => {
    client.send('x', server.address().port, '127.0.0.1', () => {
      seen.push(`sent:${als.getStore()}`);
      client.close();
    });
  });
});

process.on('exit', () => assert.deepStrictEqual(seen.sort(), ['message:server', 'sent:send']));
