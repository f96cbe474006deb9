'use strict';
// 'unhandledRejection' and 'rejectionHandled' are reported by the tick queue's drain after every
// callback (the drain skips the rejection step while none is flagged): rejections made in the
// main script, in a tick, in a microtask, in a timer and in an immediate, one handled late, and
// the order against ticks, microtasks and timers. The log is node v20's.
const assert = require('assert');

const log = [];
const promises = new Map();
process.on('unhandledRejection', (reason, p) => {
  log.push(`unhandled ${reason}`);
  assert.strictEqual(promises.get(reason), p);
});
process.on('rejectionHandled', (p) => {
  for (const [k, v] of promises) if (v === p) log.push(`handled ${k}`);
});

function reject(name) {
  const p = Promise.reject(name);
  promises.set(name, p);
  return p;
}

reject('main');
process.nextTick(() => {
  log.push('tick');
  reject('in-tick');
  process.nextTick(() => log.push('tick2'));
});
queueMicrotask(() => {
  log.push('microtask');
  reject('in-microtask');
});

setTimeout(() => {
  log.push('timer1');
  const late = reject('late');
  process.nextTick(() => log.push('timer1 tick'));
  setTimeout(() => {
    log.push('timer2');
    late.catch(() => {});
    process.nextTick(() => log.push('timer2 tick'));
    setImmediate(() => {
      log.push('immediate');
      reject('in-immediate');
      setTimeout(() => {
        log.push('end');
        assert.deepStrictEqual(log, [
          'tick', 'tick2', 'microtask',
          'unhandled main', 'unhandled in-tick', 'unhandled in-microtask',
          'timer1', 'timer1 tick', 'unhandled late',
          'timer2', 'timer2 tick', 'handled late',
          'immediate', 'unhandled in-immediate',
          'end',
        ]);
        // Nothing flagged is left: a drain with no rejection reports nothing more.
        process.nextTick(() => Promise.resolve().then(() => log.push('quiet')));
        setTimeout(() => assert.strictEqual(log.at(-1), 'quiet'), 1);
      }, 1);
    });
  }, 1);
}, 1);
