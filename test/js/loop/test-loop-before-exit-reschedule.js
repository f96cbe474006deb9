'use strict';
// 'beforeExit' fires when the loop runs dry; work scheduled in it keeps the process alive and
// 'beforeExit' fires again once that work is done. 'exit' comes last, once, with the exit code.

const assert = require('assert');

const events = [];
let beforeExitCount = 0;
process.on('beforeExit', (code) => {
  assert.strictEqual(code, 0);
  beforeExitCount++;
  events.push(`beforeExit${beforeExitCount}`);
  if (beforeExitCount === 1) {
    setTimeout(() => events.push('timeout'), 1);
  } else if (beforeExitCount === 2) {
    setImmediate(() => events.push('immediate'));
  } else if (beforeExitCount === 3) {
    Promise.resolve().then(() => events.push('promise'));  // no loop work: does not re-run
  }
});
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  events.push('exit');
  assert.deepStrictEqual(events, [
    'beforeExit1', 'timeout', 'beforeExit2', 'immediate', 'beforeExit3', 'promise', 'exit',
  ]);
});
