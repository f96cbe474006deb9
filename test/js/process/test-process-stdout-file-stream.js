'use strict';
// Under the test runner stdout is a file: a Writable (SyncWriteStream) whose writes are done when
// write() returns; callbacks still come later, 'finish' and 'close' follow end(), the descriptor
// stays open (the stream is writable again after 'close', as in Node).
const assert = require('assert');
const { Writable } = require('stream');

const out = process.stdout;
assert.ok(out instanceof Writable);
assert.strictEqual(out.constructor.name, 'SyncWriteStream');
assert.strictEqual(out.writable, true);
assert.strictEqual(out.readable, false);
assert.strictEqual(out._isStdio, true);
assert.strictEqual(typeof out.destroySoon, 'function');

const order = [];
assert.strictEqual(out.write('one\n', () => order.push('cb one')), true);
assert.strictEqual(out.writableLength, 0);  // already written
assert.strictEqual(out.write(Buffer.from('two\n'), () => order.push('cb two')), true);
assert.strictEqual(out.write('dGhyZWUK', 'base64', () => order.push('cb three')), true);
order.push('sync');

setImmediate(() => {
  order.push('later');
  out.end('last\n', () => order.push('end cb'));
  out.on('finish', () => order.push('finish'));
  out.on('close', () => {
    order.push('close');
    assert.strictEqual(out.destroyed, false);
    // stdio is never closed: after 'close' the stream is usable again, as in Node.
    out.write('after close\n', (err) => {
      assert.strictEqual(err ?? null, null);
      order.push('write after close');
    });
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'sync', 'cb one', 'cb two', 'cb three', 'later', 'end cb', 'finish', 'close',
    'write after close',
  ]);
});
