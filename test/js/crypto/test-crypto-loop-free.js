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

// ~1 second of work per call on a typical machine, two calls at once.
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2('password', 'salt', 1_000_000, 32, 'sha256', (err, key) => {
    assert.ifError(err);
    assert.strictEqual(key.length, 32);
    if (++pbkdf2Done === 2) {
      clearInterval(timer);
      const elapsed = Date.now() - start;
      // The interval kept running while the pool worked.
      assert.ok(ticks >= Math.floor(elapsed / 10) / 4, `only ${ticks} ticks in ${elapsed} ms`);
      assert.ok(maxGap < 250, `timer starved for ${maxGap} ms`);
    }
  });
}
process.on('exit', () => assert.strictEqual(pbkdf2Done, 2));
