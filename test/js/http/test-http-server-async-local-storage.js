'use strict';
// A server created inside AsyncLocalStorage.run() handles its requests (and their body events)
// in that store, as Node's (its parser runs in the async resource of the connection listener),
// even though the parser reads the socket in C++; the client's response events keep the client's.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const http = require('http');

const als = new AsyncLocalStorage();
als.run('server-store', () => {
  const server = http.createServer((req, res) => {
    const inHandler = als.getStore();
    req.on('end', () => res.end(`${inHandler}|${als.getStore()}`));
    req.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    als.run('client-store', () => {
      http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          assert.strictEqual(body, 'server-store|server-store');
          assert.strictEqual(als.getStore(), 'client-store');
          server.close();
          console.log('ok');
        });
      });
    });
  });
});
