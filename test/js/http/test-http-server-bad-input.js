'use strict';
// Malformed requests get Node's answer and the connection closes: 400 for a bad request line,
// bad header bytes (spaces in names, obs-fold, bare CR/LF), request smuggling (Content-Length with Transfer-Encoding, two different
// Content-Lengths), bad chunk sizes; 431 for oversize headers. 'clientError' sees the parse
// error with its HPE_* code; the server keeps serving.
const assert = require('assert');
const http = require('http');
const { rawExchange, withServer } = require('../../fixtures/http/raw');

const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const tooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

const cases = [
  ['GE T / HTTP/1.1\r\nHost: x\r\n\r\n', bad],
  ['GET / HTTP/9.9\r\nHost: x\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nHost : x\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nHost: x\r\nA: b\r\n folded\r\n\r\n', bad],
  ['GET / HTTP/1.1\nHost: x\n\n', bad],
  ['GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1 2\r\n\r\n', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFF\r\n', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd', bad],
  ['POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n', tooLarge],
];

const codes = [];
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('fine'));
});

withServer(server, async (port) => {
  for (const [request, expected] of cases) {
    const { data, closed } = await rawExchange(port, request, { idleMs: 1000 });
    assert.strictEqual(data, expected, `for ${JSON.stringify(request.slice(0, 80))}`);
    assert.strictEqual(closed, true);
  }
  // With a 'clientError' listener, the listener decides what to answer.
  server.on('clientError', (err, socket) => {
    codes.push([err.code, typeof err.bytesParsed, Buffer.isBuffer(err.rawPacket),
                err.message.startsWith('Parse Error: ')]);
    socket.end('HTTP/1.1 418 No\r\n\r\n');
  });
  let r = await rawExchange(port, 'GE T / HTTP/1.1\r\n\r\n', { idleMs: 1000 });
  assert.strictEqual(r.data, 'HTTP/1.1 418 No\r\n\r\n');
  r = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nX: ' + 'a'.repeat(20000) + '\r\n\r\n',
                        { idleMs: 1000 });
  assert.strictEqual(r.data, 'HTTP/1.1 418 No\r\n\r\n');
  assert.deepStrictEqual(codes, [
    ['HPE_INVALID_METHOD', 'number', true, true],
    ['HPE_HEADER_OVERFLOW', 'number', true, true],
  ]);
  // Still serving.
  r = await rawExchange(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(r.data, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
}).then(() => console.log('ok'));
