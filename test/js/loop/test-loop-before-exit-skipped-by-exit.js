'use strict';
// process.exit() ends the process without 'beforeExit': only 'exit' listeners run, in the order
// they were added, and work scheduled from them (timers, immediates, ticks) never runs.

const assert = require('assert');

const events = [];
process.on('beforeExit', () => assert.fail('beforeExit must not fire after process.exit()'));
process.on('exit', (code) => {
  events.push(`exit1:${code}`);
  setTimeout(() => assert.fail('timer after exit'), 0);
  setImmediate(() => assert.fail('immediate after exit'));
  process.nextTick(() => assert.fail('tick after exit'));
});
process.on('exit', (code) => {
  events.push(`exit2:${code}`);
  assert.deepStrictEqual(events, ['exit1:0', 'exit2:0']);
});
setTimeout(() => assert.fail('pending timer must not run'), 1000);
process.exit();
