'use strict';
// TLS over transports that are no native handle (two JS Duplexes wired to each other): the TLS
// layer drives them through their stream API. A 1 MiB exchange each way with backpressure, byte
// counts, half-close, and the handshake failing when the transport ends early.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { Duplex } = require('stream');
const tls = require('tls');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const read = (f) => fs.readFileSync(path.join(fixtures, f));
const secureContext = tls.createSecureContext({ key: read('agent1-key.pem'),
                                                cert: read('agent1-cert.pem') });

// Two Duplexes: what one writes, the other reads (asynchronously, as a network would).
function pair() {
  const ends = [];
  const end = (other) => new Duplex({
    read() {},
    write(chunk, enc, cb) {
      setImmediate(() => {
        ends[other].push(chunk);
        cb();
      });
    },
    final(cb) {
      setImmediate(() => {
        ends[other].push(null);
        cb();
      });
    },
  });
  ends.push(end(1), end(0));
  return ends;
}
const connectOver = (socket) =>
  tls.connect({ socket, servername: 'localhost', ca: read('ca-cert.pem') });

const SIZE = 1 << 20;
const payload = crypto.randomBytes(SIZE);
const digest = (b) => crypto.createHash('sha256').update(b).digest('hex');

function writeAll(socket, done) {
  let offset = 0;
  (function next() {
    while (offset < SIZE) {
      const chunk = payload.subarray(offset, offset + 65536);
      offset += chunk.length;
      if (!socket.write(chunk)) return socket.once('drain', next);
    }
    done();
  })();
}

function collect(socket, cb) {
  const chunks = [];
  socket.on('data', (d) => chunks.push(d));
  socket.on('end', () => cb(Buffer.concat(chunks)));
}

let pending = 2;
function done() {
  if (--pending === 0) process.exitCode = 0;
}
process.exitCode = 1;

{
  const [serverSide, clientSide] = pair();
  const server = new tls.TLSSocket(serverSide, { isServer: true, secureContext });
  const client = connectOver(clientSide);
  let secured = 0;
  server.on('secure', () => secured++);
  client.on('secureConnect', () => {
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    writeAll(client, () => client.end());
  });
  // The server reads everything, then (its peer having ended) answers with as much and ends.
  collect(server, (got) => {
    assert.strictEqual(secured, 1);
    assert.strictEqual(got.length, SIZE);
    assert.strictEqual(digest(got), digest(payload));
    assert.strictEqual(server.bytesRead, SIZE);
    writeAll(server, () => server.end());
  });
  collect(client, (got) => {
    assert.strictEqual(digest(got), digest(payload));
    assert.strictEqual(client.bytesRead, SIZE);
    assert.strictEqual(client.bytesWritten, SIZE);
    done();
  });
}

{
  // The transport ends before the handshake is through.
  const [serverSide, clientSide] = pair();
  const client = connectOver(clientSide);
  serverSide.resume();
  serverSide.once('data', () => serverSide.end());
  client.on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.match(err.message,
                 /^Client network socket disconnected before secure TLS connection was established/);
    done();
  });
}
