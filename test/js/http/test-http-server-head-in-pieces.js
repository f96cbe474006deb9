'use strict';
// A request head that arrives in many reads (a few bytes each, so the url, names and values are cut
// anywhere): the parser copies what it holds of them at the end of each read, and the request
// reads as if it had come whole. Then the same head whole, and one cut only between requests.
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'GET /some/path?q=1 HTTP/1.1\r\nHost: example.test\r\n' +
  'X-Long-Header-Name: a-value-long-enough-to-be-cut-twice\r\nAccept: */*\r\n\r\n';
const expected = {
  url: '/some/path?q=1',
  rawHeaders: ['Host', 'example.test', 'X-Long-Header-Name', 'a-value-long-enough-to-be-cut-twice',
               'Accept', '*/*'],
};

const seen = [];
const server = http.createServer((req, res) => {
  seen.push({ url: req.url, rawHeaders: req.rawHeaders });
  res.end('ok');
});

function sendInPieces(port, sizes, done) {
  const socket = net.connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let answers = 0;
  socket.on('data', (d) => {
    answers += d.toString().split('\r\n\r\nok').length - 1;
    if (answers === 1) {
      socket.destroy();
      done();
    }
  });
  let at = 0;
  let k = 0;
  (function next() {
    if (at >= head.length) return;
    const n = sizes[k++ % sizes.length];
    socket.write(head.slice(at, at + n));
    at += n;
    setTimeout(next, 2);
  })();
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  sendInPieces(port, [3, 1, 7, 2, 5], () => {
    sendInPieces(port, [head.length], () => {
      sendInPieces(port, [11, 13], () => {
        assert.strictEqual(seen.length, 3);
        for (const s of seen) assert.deepStrictEqual(s, expected);
        server.close();
      });
    });
  });
});
