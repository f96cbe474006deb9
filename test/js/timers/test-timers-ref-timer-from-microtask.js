'use strict';
// A referenced timer created by a promise continuation of a timer callback keeps the process
// alive and fires on time, even while an unreferenced timer is pending (the loop must not apply
// the "only unref'd timers left" answer computed before the new timer existed).
const assert = require('assert');

const idle = setTimeout(() => assert.fail('unref timer kept the process alive'), 5000);
idle.unref();

let rounds = 0;
const started = Date.now();
(async () => {
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    rounds++;
  }
})();

process.on('exit', () => {
  assert.strictEqual(rounds, 20);
  assert.ok(Date.now() - started < 2000);
});
