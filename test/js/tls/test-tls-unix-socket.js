'use strict';
// TLS over a Unix domain socket (a pipe handle under the TLS layer): 256 KiB each way, an echo
// that ends, and the server's plaintext byte counts.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-tls-unix-'));
const sock = path.join(dir, 's');
const SIZE = 256 * 1024;

const server = tls.createServer({ key: read('agent1-key.pem'), cert: read('agent1-cert.pem') },
                                (socket) => {
  let got = 0;
  socket.on('data', (d) => {
    got += d.length;
    socket.write(d);
    if (got === SIZE) socket.end();
  });
  socket.on('close', () => {
    assert.strictEqual(socket.bytesRead, SIZE);
    assert.strictEqual(socket.bytesWritten, SIZE);
  });
});

server.listen(sock, () => {
  const client = tls.connect({ path: sock, servername: 'localhost', ca: read('ca-cert.pem') },
                             () => client.end(Buffer.alloc(SIZE, 'x')));
  let got = 0;
  client.on('data', (d) => {
    assert.ok(d.every((b) => b === 0x78));
    got += d.length;
  });
  client.on('close', () => {
    assert.strictEqual(got, SIZE);
    server.close(() => fs.rmSync(dir, { recursive: true, force: true }));
  });
});
