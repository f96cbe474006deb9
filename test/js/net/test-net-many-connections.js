'use strict';
// 1,000 sequential connections, then 200 concurrent ones, each with a round trip.
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', (d) => s.end(d));
});

function roundTrip(port, i) {
  return new Promise((resolve, reject) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('error', reject);
    c.on('close', () => {
      try {
        assert.strictEqual(got, `msg ${i}`);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
    c.write(`msg ${i}`);
  });
}

let done = false;
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (let i = 0; i < 1000; i++) await roundTrip(port, i);
  const all = [];
  for (let i = 0; i < 200; i++) all.push(roundTrip(port, i));
  await Promise.all(all);
  await new Promise((r) => setTimeout(r, 20));
  server.getConnections((err, n) => {
    assert.strictEqual(n, 0);
    server.close();
    done = true;
  });
});
process.on('exit', () => assert.ok(done));
