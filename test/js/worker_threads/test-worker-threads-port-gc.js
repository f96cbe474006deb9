'use strict';
// MessagePorts a program dropped before starting them are garbage-collected (their memory comes
// back) without the other end noticing, as in Node: no 'close' there, and what it sends is simply
// never read. A started port (a 'message' listener) is kept until it is closed. --expose-gc (.args).
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

function dropOne() {
  const { port1, port2 } = new MessageChannel();
  port2.postMessage('never read');
  return port1;
}

const kept = [];
for (let i = 0; i < 200; i++) kept.push(dropOne());
let closes = 0;
for (const port of kept) port.on('close', () => { closes++; });

function listening() {
  const { port1, port2 } = new MessageChannel();
  port2.on('message', (m) => {
    assert.strictEqual(m, 'still here');
    port2.close();
  });
  return port1;
}
const talker = listening();

let rounds = 0;
const collecting = setInterval(() => {
  globalThis.gc();
  for (const port of kept) port.postMessage('to nobody');
  if (++rounds < 5) return;
  clearInterval(collecting);
  let closed = false;
  talker.on('close', () => { closed = true; });
  talker.postMessage('still here');
  setTimeout(() => {
    assert.strictEqual(closed, true);
    assert.strictEqual(closes, 0);
    for (const port of kept) port.close();
    console.log('ok');
  }, 50);
}, 10);
