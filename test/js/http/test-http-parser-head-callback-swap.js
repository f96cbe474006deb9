'use strict';
// The parser's head callback replaced and put back between requests on one connection: a
// wrapper gets each head while it is set (with Node's arguments), and once the original callback
// is back the heads go to it again (tide's compact call). Passes under node v20.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { HTTPParser } = require('_http_common');

const k = HTTPParser.kOnHeadersComplete;
const wrapped = [];
let parser;
let original;
let index = 0;
const server = http.createServer((req, res) => {
  const n = index++;
  assert.strictEqual(req.url, `/r${n}`);
  assert.strictEqual(req.headers['x-n'], String(n));
  if (n === 1) {
    parser[k] = function(versionMajor, versionMinor, headers, method, url) {
      wrapped.push(url);
      assert.strictEqual(versionMajor, 1);
      assert.strictEqual(versionMinor, 1);
      assert.ok(Array.isArray(headers));
      return original.apply(this, arguments);
    };
  } else if (n === 3) {
    parser[k] = original;
  } else if (n === 5) {
    delete parser[k];
    assert.strictEqual(parser[k], undefined);
    parser[k] = original;
  }
  res.end('ok');
});
server.on('connection', (socket) => {
  parser = socket.parser;
  original = parser[k];
  assert.strictEqual(typeof original, 'function');
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = '';
  const total = 8;
  const next = () => {
    client.write(`GET /r${sent} HTTP/1.1\r\nHost: localhost\r\nX-N: ${sent}\r\n\r\n`);
    sent++;
  };
  client.on('data', (chunk) => {
    received += chunk.toString('latin1');
    const answers = received.split('\r\n\r\nok').length - 1;
    if (answers < sent) return;
    if (sent < total) return next();
    assert.strictEqual(index, total);
    assert.deepStrictEqual(wrapped, ['/r2', '/r3']);
    client.destroy();
    server.close();
  });
  next();
});
