'use strict';
// timeout.refresh() restarts the countdown from now with the same callback and returns the
// timer; on a timer that already fired it schedules it again.

const assert = require('assert');

const start = Date.now();
let calls = 0;
// Created first, so it is due before the first deadline of `t` even if the script is slow.
setTimeout(() => assert.strictEqual(t.refresh(), t), 10);
const t = setTimeout(() => {
  calls++;
  if (calls === 1) {
    // Refreshed at ~10 ms, so it cannot have fired at its first deadline (~20 ms).
    assert.ok(Date.now() - start >= 25, `fired after ${Date.now() - start} ms`);
    t.refresh();  // already fired: runs once more
  }
}, 20);

process.on('exit', () => assert.strictEqual(calls, 2));
