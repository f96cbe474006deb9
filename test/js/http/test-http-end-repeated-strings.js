'use strict';
// Responses that end with the very same string objects as the one before (the same head, body and
// chunk framing, which the handle may copy from its last write instead of encoding them again) are
// sent byte for byte as when the strings are new: Latin-1 and two-byte bodies in UTF-8, latin1
// bodies, chunked and with Content-Length, alternating so each part changes now and then.
const assert = require('assert');
const http = require('http');
const net = require('net');

const bodies = ['Hello, World!', 'caf\xe9 \xfc\xff', '\u65e5\u672c\u8a9e \u{1f600}', '', 'x'.repeat(3000)];
const plan = [];
for (let round = 0; round < 3; round++) {
  for (const body of bodies) {
    for (const chunked of [true, false]) {
      for (const encoding of ['utf8', 'latin1']) {
        // Each case twice in a row: the second time every string is the one just written.
        plan.push({ body, chunked, encoding }, { body, chunked, encoding });
      }
    }
  }
}

let served = 0;
const server = http.createServer((req, res) => {
  const { body, chunked, encoding } = plan[served++];
  if (chunked) res.writeHead(200, { 'Content-Type': 'text/plain' });
  else res.setHeader('Content-Type', 'text/plain');
  res.end(body, encoding);
});

function expected({ body, chunked, encoding }) {
  const bytes = Buffer.from(body, encoding);
  if (!chunked) return { length: bytes.length, bytes };
  return { chunked: true, bytes };
}

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let buffered = Buffer.alloc(0);
  let index = 0;
  const send = () => client.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  client.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = buffered.subarray(0, end).toString('latin1');
      const want = expected(plan[index]);
      let body;
      let rest;
      if (want.chunked) {
        assert.match(head, /\r\nTransfer-Encoding: chunked$/);
        // Either one chunk then the last chunk, or (an empty body) the last chunk alone.
        const framed = want.bytes.length === 0 ?
          Buffer.from('0\r\n\r\n') :
          Buffer.concat([Buffer.from(want.bytes.length.toString(16) + '\r\n'), want.bytes,
                         Buffer.from('\r\n0\r\n\r\n')]);
        if (buffered.length < end + 4 + framed.length) return;
        body = buffered.subarray(end + 4, end + 4 + framed.length);
        assert.deepStrictEqual(body, framed, `response ${index}`);
        rest = buffered.subarray(end + 4 + framed.length);
      } else {
        assert.match(head, new RegExp(`\\r\\nContent-Length: ${want.length}$`));
        if (buffered.length < end + 4 + want.length) return;
        body = buffered.subarray(end + 4, end + 4 + want.length);
        assert.deepStrictEqual(body, want.bytes, `response ${index}`);
        rest = buffered.subarray(end + 4 + want.length);
      }
      buffered = rest;
      if (++index === plan.length) {
        client.end();
        server.close();
        return;
      }
      send();
    }
  });
  send();
});

process.on('exit', () => assert.strictEqual(served, plan.length));
