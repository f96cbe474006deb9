'use strict';
// Response heads made of the same parts are reused (lib/_http_outgoing.js joinHead); heads that
// differ in any part, even at the same number of parts, must each be sent as they are.
const assert = require('assert');
const http = require('http');
const net = require('net');

const weird = { toString() { return 'from-toString'; }, valueOf() { return 'from-valueOf'; } };
let counter = 0;
const values = ['one', 'two', 'one', 'three', 12, '12', weird, { toString() { return `n${++counter}`; } },
                { toString() { return `n${++counter}`; } }];
const expected = ['one', 'two', 'one', 'three', '12', '12', 'from-valueOf', 'n2', 'n4'];
// (The header check converts an object value once too, so each conversion counts twice.)
let i = 0;
const heads = [];
const server = http.createServer((req, res) => {
  const value = values[i++];
  res.sendDate = false;
  if (i % 2) res.writeHead(200, { 'X-Value': value, 'Content-Type': 'text/plain' });
  else res.setHeader('X-Value', value);
  res.end('body');
  heads.push(res._header);
});

server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    received += chunk;
    // A head written by writeHead() is sent before the body is known: chunked.
    const sent = received.split(/(?:4\r\n)?body(?:\r\n0\r\n\r\n)?/).slice(0, -1);
    const done = sent.length;
    if (done === values.length) {
      socket.end();
      server.close();
      for (let k = 0; k < expected.length; k++) {
        assert.match(sent[k], new RegExp(`\r\nX-Value: ${expected[k]}\r\n`), `response ${k}`);
        assert.strictEqual(sent[k], heads[k]);
        if (k % 2 === 0) assert.match(sent[k], /\r\nContent-Type: text\/plain\r\n/);
        else assert.doesNotMatch(sent[k], /Content-Type/);
      }
    } else if (done === i) {
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    }
  });
  socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
