'use strict';
// An unref()'d bound socket does not keep the process alive; ref() makes it hold the loop again.
const assert = require('assert');
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.bind(0, () => idle.unref());

const kept = dgram.createSocket('udp4');
let got = false;
kept.bind(0, '127.0.0.1', () => {
  assert.strictEqual(kept.unref(), kept);
  assert.strictEqual(kept.ref(), kept);
  // This timer does not hold the loop: only the ref()'d socket keeps the process waiting for it.
  setTimeout(() => {
    const sender = dgram.createSocket('udp4');
    sender.send('late', kept.address().port, '127.0.0.1', () => sender.close());
  }, 50).unref();
});
kept.on('message', (msg) => {
  assert.strictEqual(msg.toString(), 'late');
  got = true;
  kept.close();
});

process.on('exit', () => assert.ok(got));
