'use strict';
// When a tick throws and an 'uncaughtException' listener handles it, the ticks queued after it get
// one more go at once, before the loop moves on to the next callback (an immediate queued before
// them, here); if one of them throws too, the rest wait for the next drain (after that immediate).
// Node's order, after the main script, a timer, an fs callback and an HTTP request handler alike.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const net = require('net');

let caught = [];
let finished = 0;
process.on('uncaughtException', (err) => {
  if (!err.scenario) {
    // An assertion failed: not one of the scenario's own throws.
    console.error(err);
    process.exit(1);
  }
  caught.push(err.message);
});
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(finished, 4);
});
function fail(message) {
  const err = new Error(message);
  err.scenario = true;
  return err;
}

function scenario(name, done, othersMayDrain = false) {
  const order = [];
  setImmediate(() => {
    // (Other I/O callbacks of the same loop turn, as the HTTP exchange has, drain the queue too.)
    assert.deepStrictEqual(order.slice(0, 2), ['a', 'b'], name);
    if (!othersMayDrain) assert.deepStrictEqual(order, ['a', 'b'], name);
    assert.deepStrictEqual(caught, [`${name} 1`, `${name} 2`], name);
    setTimeout(() => {
      assert.deepStrictEqual(order, ['a', 'b', 'c'], name);
      caught = [];
      finished++;
      done();
    }, 1);
  });
  process.nextTick(() => { throw fail(`${name} 1`); });
  process.nextTick(() => order.push('a'));
  process.nextTick(() => { order.push('b'); throw fail(`${name} 2`); });
  process.nextTick(() => order.push('c'));
}

const steps = [
  (next) => scenario('main', next),
  (next) => setTimeout(() => scenario('timer', next), 1),
  (next) => fs.stat(__filename, () => scenario('fs', next)),
  (next) => {
    const server = http.createServer((req, res) => {
      res.end('ok');
      scenario('http', () => server.close(next), true);
    });
    server.listen(0, '127.0.0.1', () => {
      const socket = net.connect(server.address().port, '127.0.0.1', () => {
        socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      });
      socket.resume();
    });
  },
];
(function run() {
  const step = steps.shift();
  if (step) step(run);
})();
