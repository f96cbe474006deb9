'use strict';
// A head that arrives in several reads, cut inside the url, a header name and a value (one cut
// into three), reaches the handler whole: the parser's pieces of the first read survive that
// read's buffer being reused for the next.
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'GET /some/long/path?query=string&more=1 HTTP/1.1\r\n' +
  'Host: localhost\r\n' +
  'X-Split-Name-Here: first-value\r\n' +
  'X-Long: ' + 'abcdefghij'.repeat(8) + '\r\n' +
  'Accept: */*\r\n\r\n';
const cuts = [
  head.indexOf('long/path'),
  head.indexOf('Name-Here'),
  head.indexOf('st-value'),
  head.indexOf('abcdefghij') + 25,
  head.indexOf('abcdefghij') + 57,
  head.indexOf('*/*') + 1,
];

let requests = 0;
const server = http.createServer((req, res) => {
  requests++;
  assert.strictEqual(req.url, '/some/long/path?query=string&more=1');
  assert.deepStrictEqual(req.rawHeaders, [
    'Host', 'localhost',
    'X-Split-Name-Here', 'first-value',
    'X-Long', 'abcdefghij'.repeat(8),
    'Accept', '*/*',
  ]);
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  let round = 0;
  const sendInPieces = () => {
    let from = 0;
    const pieces = [];
    for (const cut of cuts) {
      pieces.push(head.slice(from, cut));
      from = cut;
    }
    pieces.push(head.slice(from));
    const next = () => {
      client.write(pieces.shift());
      if (pieces.length > 0) setTimeout(next, 15);
    };
    next();
  };
  client.on('data', (chunk) => {
    assert.match(chunk.toString(), /^HTTP\/1\.1 200 OK/);
    if (++round < 2) return sendInPieces();  // twice: the second time its strings are cached
    client.end();
    server.close();
  });
  sendInPieces();
});

process.on('exit', () => assert.strictEqual(requests, 2));
