'use strict';
// Many handles sent at once: one is in flight at a time (the next waits for the child's ack), and
// plain messages sent meanwhile stay in order behind them; every socket reaches the child, which
// answers on it. send() returns true while nothing is waiting.
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  const seen = [];
  process.on('message', (msg, handle) => {
    seen.push(msg.n);
    if (handle) handle.end(`n=${msg.n}`);
    if (msg.last) process.send(seen);
  });
  return;
}

const COUNT = 12;
const child = fork(__filename, ['child']);
const sockets = [];
const server = net.createServer((socket) => {
  sockets.push(socket);
  if (sockets.length < COUNT) return;
  const results = [];
  for (let i = 0; i < COUNT; i++) {
    results.push(child.send({ n: i }, sockets[i]));
    child.send({ n: `plain${i}` });  // queued behind the handle in flight
  }
  assert.strictEqual(results[0], true);
  child.send({ n: 'end', last: true });
});
server.listen(0, '127.0.0.1', () => {
  const answers = [];
  for (let i = 0; i < COUNT; i++) {
    let data = '';
    net.connect(server.address().port, '127.0.0.1')
      .on('data', (d) => { data += d; })
      .on('end', () => {
        answers.push(data);
        if (answers.length === COUNT) {
          assert.deepStrictEqual(answers.sort(),
                                 Array.from({ length: COUNT }, (_, j) => `n=${j}`).sort());
          server.close();
        }
      });
  }
});
child.on('message', (seen) => {
  const expected = [];
  for (let i = 0; i < COUNT; i++) expected.push(i, `plain${i}`);
  expected.push('end');
  assert.deepStrictEqual(seen, expected);
  child.disconnect();
});
child.on('exit', (code) => {
  assert.strictEqual(code, 0);
  console.log('ok');
});
