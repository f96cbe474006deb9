'use strict';
// https.Server specifics: client certificates through https.request (requestCert/ca on the
// server, key/cert on the request, seen as req.socket.getPeerCertificate()), a TLS failure
// reported as 'clientError', a 4 MiB streamed response read slowly (backpressure through TLS),
// and closeAllConnections().
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const https = require('https');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const ca = read('ca-cert.pem');
const SIZE = 4 * 1024 * 1024;

const clientErrors = [];
const server = https.createServer({
  key: read('agent1-key.pem'), cert: read('agent1-cert.pem'), ca, requestCert: true,
  rejectUnauthorized: false,
}, (req, res) => {
  if (req.url === '/who') {
    res.end(JSON.stringify({ authorized: req.socket.authorized,
                             cn: req.socket.getPeerCertificate().subject?.CN ?? null }));
    return;
  }
  // /big: 4 MiB in 64 KiB writes, honouring backpressure.
  let sent = 0;
  let drains = 0;
  const chunk = Buffer.alloc(65536, 'a');
  (function pump() {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        drains++;
        res.once('drain', pump);
        return;
      }
    }
    res.end(() => assert.ok(drains > 0, 'the slow reader made the server wait'));
  })();
});
server.on('clientError', (err, socket) => {
  clientErrors.push(err.code);
  socket.destroy();
});

function get(options) {
  return new Promise((resolve, reject) => {
    https.get({ host: 'localhost', port: server.address().port, ca, agent: false, ...options },
              (res) => resolve(res)).on('error', reject);
  });
}

function body(res) {
  return new Promise((resolve) => {
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { data += d; });
    res.on('end', () => resolve(data));
  });
}

server.listen(0, '127.0.0.1', async () => {
  let res = await get({ path: '/who', key: read('client-key.pem'), cert: read('client-cert.pem') });
  assert.deepStrictEqual(JSON.parse(await body(res)), { authorized: true, cn: 'tide client' });
  res = await get({ path: '/who' });
  assert.deepStrictEqual(JSON.parse(await body(res)), { authorized: false, cn: null });

  // A slow reader: pause, then read everything.
  res = await get({ path: '/big' });
  res.pause();
  await new Promise((resolve) => setTimeout(resolve, 100));
  let got = 0;
  res.on('data', (d) => { got += d.length; });
  res.resume();
  await new Promise((resolve) => res.on('end', resolve));
  assert.strictEqual(got, SIZE);

  // Not TLS at all: clientError.
  await new Promise((resolve) => {
    const raw = net.connect(server.address().port, '127.0.0.1', () => raw.write('GET / HTTP/1.1\r\n\r\n'));
    raw.on('error', () => {});
    raw.resume();
    raw.on('close', resolve);
  });
  assert.deepStrictEqual(clientErrors, ['ERR_SSL_HTTP_REQUEST']);

  // An idle keep-alive connection is closed by closeAllConnections().
  const agent = new https.Agent({ keepAlive: true });
  res = await get({ path: '/who', agent });
  await body(res);
  server.closeAllConnections();
  server.close(() => agent.destroy());
});
