'use strict';
// A long pbkdf2 runs on libuv's pool: timers on the main thread keep firing on time meanwhile.
const assert = require('assert');
const crypto = require('crypto');

const start = Date.now();
let pbkdf2Done = 0;
let ticks = 0;
let maxGap = 0;
let last = start;
const timer = setInterval(() => {
  const now = Date.now();
  maxGap = Math.max(maxGap, now - last);
  last = now;
  ticks++;
}, 10);

// Several hundred ms of work per call, two calls at once.
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('password', 'salt', 700_000, 64, 'sha512', (err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.length, 64);
    if (++pbkdf2Done === 2) {
      clearInterval(timer);
      const elapsed = Date.now() - start;
      // The interval kept running while the pool worked (generous bounds: CI machines are busy).
      assert.ok(ticks >= Math.floor(elapsed / 10) / 8, `only ${ticks} ticks in ${elapsed} ms`);
      assert.ok(maxGap < Math.max(300, elapsed / 2), `timer starved for ${maxGap} ms of ${elapsed}`);
    }
  });
}
process.on('exit', () => assert.strictEqual(pbkdf2Done, 2));
