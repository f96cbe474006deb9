'use strict';
// AsyncLocalStorage through the loop's native callbacks: a socket's events run in the frame the
// socket was created in, a server's 'connection' in the server's, and the callbacks of writes, DNS
// lookups, zlib, crypto jobs and child processes in the frame they were started in (Node's
// semantics; the same values as node v20/22).
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const net = require('net');
const dns = require('dns');
const zlib = require('zlib');
const crypto = require('crypto');
const childProcess = require('child_process');
const fs = require('fs');

const als = new AsyncLocalStorage();
const seen = {};
als.run('server', () => {
  const server = net.createServer((socket) => {
    seen.connection = als.getStore();
    socket.end('bye');
  }).listen(0, () => {
    seen.listen = als.getStore();
    als.run('client', () => {
      const client = net.connect(server.address().port, () => {
        seen.connect = als.getStore();
        client.write('hi', () => {
          seen.writeCallback = als.getStore();
        });
      });
      client.on('data', () => {
        seen.clientData = als.getStore();
      });
      client.on('close', () => {
        seen.clientClose = als.getStore();
        server.close();
      });
    });
  });
});
als.run('dns', () => dns.lookup('localhost', () => {
  seen.dns = als.getStore();
}));
als.run('zlib', () => zlib.gzip('x', () => {
  seen.zlib = als.getStore();
}));
als.run('pbkdf2', () => crypto.pbkdf2('a', 'b', 1, 8, 'sha1', () => {
  seen.pbkdf2 = als.getStore();
}));
als.run('randomBytes', () => crypto.randomBytes(8, () => {
  seen.randomBytes = als.getStore();
}));
als.run('keygen', () => crypto.generateKeyPair('ed25519', {}, () => {
  seen.keygen = als.getStore();
}));
als.run('child', () => childProcess.spawn('true').on('exit', () => {
  seen.childExit = als.getStore();
}));
als.run('fs', () => fs.stat('/', () => {
  seen.fs = als.getStore();
}));
// Outside any run(), callbacks see no store, also after others ran with one.
net.createServer().listen(0, function() {
  seen.noStore = als.getStore();
  this.close();
});

process.on('exit', () => {
  assert.deepStrictEqual(seen, {
    __proto__: Object.prototype,
    listen: 'server',
    connection: 'server',
    connect: 'client',
    writeCallback: 'client',
    clientData: 'client',
    clientClose: 'client',
    dns: 'dns',
    zlib: 'zlib',
    pbkdf2: 'pbkdf2',
    randomBytes: 'randomBytes',
    keygen: 'keygen',
    childExit: 'child',
    fs: 'fs',
    noStore: undefined,
  });
});
