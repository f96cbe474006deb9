'use strict';
// allowHalfOpen: the server reads the client's end, still writes back, then ends; without it the
// socket ends its side as soon as the peer's end arrives.
const assert = require('assert');
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    assert.strictEqual(got, 'request');
    assert.strictEqual(s.writable, true);
    s.write('late ');
    setTimeout(() => s.end('reply'), 20);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('end', () => {
    assert.strictEqual(reply, 'late reply');
    server.close();
    done = true;
  });
  c.end('request');
});
let done = false;
process.on('exit', () => assert.ok(done));
