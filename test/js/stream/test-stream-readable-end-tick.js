'use strict';
// A Readable's 'end' comes once, on the tick queued by the first read that found it ended (the
// later reads before that tick share it), in the same place among other ticks as in Node; data
// unshifted before that tick is still read, and 'end' follows it.
const assert = require('assert');
const { Readable } = require('stream');

function flowingOrder(done) {
  const log = [];
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  process.nextTick(() => log.push('tick 1'));
  r.resume();
  r.read(0);
  process.nextTick(() => log.push('tick 2'));
  setImmediate(() => {
    assert.deepStrictEqual(log, ['data a', 'tick 1', 'tick 2', 'end', 'close']);
    done();
  });
}

function pausedOrder(done) {
  const log = [];
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('end', () => log.push('end'));
  setImmediate(() => {
    // Ended and empty: every read() asks for 'end'; it is emitted once.
    for (let i = 0; i < 5; i++) assert.strictEqual(r.read(), null);
    process.nextTick(() => log.push('tick'));
    assert.strictEqual(r.read(0), null);
    setImmediate(() => {
      assert.deepStrictEqual(log, ['end', 'tick']);
      assert.strictEqual(r.readableEnded, true);
      done();
    });
  });
}

// Data unshifted between the read that found the end and the 'end' tick.
function unshiftBeforeEnd(done) {
  const log = [];
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('end', () => log.push('end'));
  setImmediate(() => {
    assert.strictEqual(r.read(), null);
    assert.strictEqual(r.read(), null);
    r.unshift(Buffer.from('late'));
    setImmediate(() => {
      assert.deepStrictEqual(log, []);
      assert.strictEqual(r.read().toString(), 'late');
      assert.strictEqual(r.read(), null);
      setImmediate(() => {
        assert.deepStrictEqual(log, ['end']);
        done();
      });
    });
  });
}

flowingOrder(() => pausedOrder(() => unshiftBeforeEnd(() => {})));
