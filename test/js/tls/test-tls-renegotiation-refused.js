'use strict';
// A TLS 1.2 client asking to renegotiate (OpenSSL's s_client, "R" command) is refused: the server
// answers with a no_renegotiation alert, the client gives up, and the server's socket fails with
// the client's alert and closes; no data after the request reaches the server. (node v20 and 22
// allow up to tls.CLIENT_RENEG_LIMIT client renegotiations instead: tide never renegotiates, see
// docs/compat.md.) Skipped when there is no openssl command.
const assert = require('assert');
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

if (spawnSync('openssl', ['version']).status !== 0) {
  console.log('1..0 # skipped: no openssl command');
  process.exit(0);
}
const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));

const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem'),
                                  maxVersion: 'TLSv1.2' }, (socket) => {
  const seen = [];
  let error = null;
  socket.on('data', (d) => {
    seen.push(d.toString());
    socket.write('pong\n');
  });
  socket.on('error', (err) => { error = err; });
  socket.on('close', () => {
    assert.deepStrictEqual(seen, ['ping\n']);
    assert.ok(error !== null);
    assert.match(error.code, /^ERR_SSL_/);
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const args = ['s_client', '-connect', `127.0.0.1:${server.address().port}`, '-tls1_2',
                '-no_ign_eof'];
  const client = spawn('openssl', args, { stdio: ['pipe', 'pipe', 'ignore'] });
  client.stdin.write('ping\n');
  let out = '';
  client.stdout.on('data', (d) => {
    out += d;
    // The answer to ping is in: ask for a renegotiation, then try to send more.
    if (out.includes('pong') && !client.asked) {
      client.asked = true;
      client.stdin.write('R\n');
      setTimeout(() => client.stdin.end('after\n'), 100);
    }
  });
  client.stdin.on('error', () => {});
});
