'use strict';
// 8 MiB each way through TLS with backpressure (write() returning false, 'drain'), a paused
// reader that resumes later, and a half-close: the client ends its side and still reads the
// server's answer (allowHalfOpen).
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const SIZE = 8 * 1024 * 1024;
const payload = crypto.randomBytes(SIZE);
const digest = crypto.createHash('sha256').update(payload).digest('hex');

const server = tls.createServer({
  key: read('agent1-key.pem'), cert: read('agent1-cert.pem'), allowHalfOpen: true,
}, (socket) => {
  const hash = crypto.createHash('sha256');
  let got = 0;
  socket.pause();
  setTimeout(() => socket.resume(), 50);  // the client's writes must wait meanwhile
  socket.on('data', (d) => { got += d.length; hash.update(d); });
  socket.on('end', () => {
    assert.strictEqual(got, SIZE);
    assert.strictEqual(hash.digest('hex'), digest);
    // The client has ended; this side still writes.
    writeAll(socket, payload, () => socket.end());
  });
});

function writeAll(socket, data, done) {
  let offset = 0;
  let sawBackpressure = false;
  (function next() {
    while (offset < data.length) {
      const chunk = data.subarray(offset, offset + 65536);
      offset += chunk.length;
      if (!socket.write(chunk)) {
        sawBackpressure = true;
        socket.once('drain', next);
        return;
      }
    }
    assert.ok(sawBackpressure);
    done();
  })();
}

server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: 'localhost',
                               ca: read('ca-cert.pem'), allowHalfOpen: true }, () => {
    writeAll(client, payload, () => client.end());
  });
  const hash = crypto.createHash('sha256');
  let got = 0;
  client.on('data', (d) => { got += d.length; hash.update(d); });
  client.on('end', () => {
    assert.strictEqual(got, SIZE);
    assert.strictEqual(hash.digest('hex'), digest);
    server.close();
  });
});
