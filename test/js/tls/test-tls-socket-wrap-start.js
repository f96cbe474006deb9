'use strict';
// A client `new tls.TLSSocket(socket)` starts its handshake only on _start() or its first write
// (tls.connect() starts it itself). Wrapping a stream that is never used — as http2-wrapper (got)
// does with a PassThrough at load time — sends nothing and raises no error.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tls = require('tls');
const { PassThrough } = require('stream');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'tls');
const key = fs.readFileSync(path.join(fixtures, 'agent1-key.pem'));
const cert = fs.readFileSync(path.join(fixtures, 'agent1-cert.pem'));
const ca = fs.readFileSync(path.join(fixtures, 'ca-cert.pem'));

// 1. An idle wrapped PassThrough: no ClientHello written, no error, no close.
const pass = new PassThrough();
let passBytes = 0;
pass.on('data', (c) => { passBytes += c.length; });
const idle = new tls.TLSSocket(pass);
idle.on('error', (e) => assert.fail(e));
assert.strictEqual(typeof idle._start, 'function');

const server = tls.createServer({ key, cert }, (s) => {
  s.once('data', (d) => s.end(`got ${d}`));
});

function wrapped(port, how) {
  return new Promise((resolve, reject) => {
    const raw = net.connect(port, '127.0.0.1', () => {
      const sock = new tls.TLSSocket(raw, { ca, servername: 'localhost' });
      let secure = false;
      sock.on('secure', () => { secure = true; });
      sock.on('error', reject);
      let data = '';
      sock.setEncoding('utf8');
      sock.on('data', (d) => { data += d; });
      sock.on('end', () => resolve({ data, secure }));
      if (how === 'start') {
        sock._start();
        sock.once('secure', () => sock.write('started'));
      } else {
        sock.write('first-write');
      }
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    assert.deepStrictEqual(await wrapped(port, 'start'),
                           { data: 'got started', secure: true });
    assert.deepStrictEqual(await wrapped(port, 'write'),
                           { data: 'got first-write', secure: true });

    // 2. A wrapped socket that is closed before anything started: no handshake error.
    await new Promise((resolve, reject) => {
      const raw = net.connect(port, '127.0.0.1', () => {
        const sock = new tls.TLSSocket(raw);
        sock.on('error', reject);
        sock.on('close', resolve);
        raw.destroy();
      });
    });
    assert.strictEqual(passBytes, 0);
    assert.strictEqual(idle.destroyed, false);
    idle.destroy();
    server.close();
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
});
