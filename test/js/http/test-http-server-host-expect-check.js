'use strict';
// The server's per-request checks of Host (HTTP/1.1 requires it: 400 without) and Expect read the
// request's raw header lines, whatever the case of the field name, without the handler ever
// touching req.headers; maxHeadersCount limits what they see, as it limits req.headers.
const assert = require('assert');
const http = require('http');
const net = require('net');

let handled = 0;
const server = http.createServer((req, res) => {
  handled++;
  res.end(req.url);
});

function exchange(request) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (d) => { data += d; });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
    socket.end(request);
  });
}

server.listen(0, '127.0.0.1', async () => {
  // No Host in HTTP/1.1: 400, the handler never runs.
  let reply = await exchange('GET /a HTTP/1.1\r\nX-Other: 1\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 400 Bad Request\r\n/);
  assert.strictEqual(handled, 0);

  // Host in any case is found.
  for (const name of ['Host', 'host', 'HOST', 'hOsT']) {
    reply = await exchange(`GET /${name} HTTP/1.1\r\n${name}: x\r\nConnection: close\r\n\r\n`);
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/, name);
    assert.ok(reply.endsWith(`/${name}`), reply);
  }
  // A longer field that starts with "host" is not Host.
  reply = await exchange('GET /b HTTP/1.1\r\nHostname: x\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 400 /);
  // HTTP/1.0 needs no Host.
  reply = await exchange('GET /c HTTP/1.0\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);

  // Expect in upper case still gets its 100 Continue before the answer.
  reply = await exchange('POST /d HTTP/1.1\r\nHost: x\r\nEXPECT: 100-continue\r\n' +
                         'Content-Length: 0\r\nConnection: close\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  // An unknown expectation: 417.
  reply = await exchange('GET /e HTTP/1.1\r\nHost: x\r\nExpect: something\r\nConnection: close\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 417 Expectation Failed\r\n/);

  // Past maxHeadersCount the Host line is not seen, as req.headers would not show it.
  server.maxHeadersCount = 1;
  reply = await exchange('GET /f HTTP/1.1\r\nX-First: 1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 400 /);
  reply = await exchange('GET /g HTTP/1.1\r\nHost: x\r\nX-Second: 1\r\nConnection: close\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
  server.close();
});
