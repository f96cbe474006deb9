'use strict';
// A request's url and rawHeaders reach the handler byte for byte (as Latin-1) however the parser
// hands them over: many distinct names and values, each request sent twice in a row so that its
// strings enter the parser's string cache and replace others there (also within one head), empty
// and long values, bytes above 0x7F, more pairs than are handed over at once; and with the
// parser's head callback wrapped by user code (called with Node's arguments, as APM tools do).
const assert = require('assert');
const http = require('http');
const net = require('net');
const { HTTPParser } = require('_http_common');

const requests = [];
for (let r = 0; r < 40; r++) {
  const pairs = ['Host', 'localhost'];
  const n = r % 7 === 6 ? 40 : 27;  // 40: more than the 32 pairs handed over in one batch
  for (let i = 0; i < n; i++) {
    const name = `X-H${(r * 31 + i * 7) % 97}-${i}`;
    let value = `v${r}-${i * 13}`;
    if (i === 3) value = '';
    if (i === 5) value = 'long-' + 'y'.repeat(60 + r);
    if (i === 7) value = 'caf\xe9 \xff';
    pairs.push(name, value);
  }
  const url = `/p/${r}?q=${'z'.repeat(r)}`;
  requests.push({ url, pairs }, { url, pairs });
}
// A sliding window over 150 names: each request brings one new name, last, after names that are
// cached by then, so the new one often lands in the slot of one that came before it in the same
// head.
for (let k = 0; k < 120; k++) {
  const pairs = ['Host', 'localhost'];
  for (let i = k; i < k + 30; i++) pairs.push(`x-window-${i}`, i % 3 === 0 ? `w${i}` : 'v');
  requests.push({ url: '/w', pairs }, { url: '/w', pairs });
}
requests.push({ url: '/', pairs: ['Host', 'localhost'] });

function rawRequest({ url, pairs }) {
  let head = `GET ${url} HTTP/1.1\r\n`;
  for (let i = 0; i < pairs.length; i += 2) head += `${pairs[i]}: ${pairs[i + 1]}\r\n`;
  return Buffer.from(head + '\r\n', 'latin1');
}

let wrappedCalls = 0;
function run(wrap, done) {
  let index = 0;
  const server = http.createServer((req, res) => {
    const expected = requests[index++];
    assert.strictEqual(req.url, expected.url);
    assert.deepStrictEqual(req.rawHeaders, expected.pairs);
    assert.strictEqual(req.httpVersion, '1.1');
    assert.strictEqual(req.method, 'GET');
    res.end('ok');
  });
  server.maxHeadersCount = 0;
  if (wrap) {
    server.on('connection', (socket) => {
      const parser = socket.parser;
      const original = parser[HTTPParser.kOnHeadersComplete];
      parser[HTTPParser.kOnHeadersComplete] = function(...args) {
        wrappedCalls++;
        assert.ok(args.length >= 9);  // Node's nine (tide adds noBody)
        return original.apply(this, args);
      };
    });
  }
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    let sent = 0;
    let received = '';
    const next = () => client.write(rawRequest(requests[sent++]));
    client.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const answers = received.split('\r\n\r\nok').length - 1;
      if (answers < sent) return;
      if (sent < requests.length) return next();
      assert.strictEqual(index, requests.length);
      client.destroy();
      server.close(done);
    });
    next();
  });
}

run(false, () => {
  run(true, () => {
    assert.strictEqual(wrappedCalls, requests.length);
  });
});
