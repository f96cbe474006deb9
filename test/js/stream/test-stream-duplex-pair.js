'use strict';
// stream.duplexPair(): two connected Duplex streams; what one writes the other reads, in both
// directions; end() on one side ends the other's readable side; options reach both sides;
// backpressure: a write completes only once the other side reads.
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

const done = new Set();
process.on('exit', () => assert.deepStrictEqual([...done].sort(), ['ack', 'both-ways', 'end', 'objects']));

{
  const [a, b] = duplexPair();
  assert.ok(a instanceof Duplex);
  assert.ok(b instanceof Duplex);
  let atB = '';
  let atA = '';
  b.setEncoding('utf8');
  a.setEncoding('utf8');
  b.on('data', (s) => { atB += s; });
  a.on('data', (s) => { atA += s; });
  a.write('ping');
  b.write('pong');
  setImmediate(() => {
    assert.strictEqual(atB, 'ping');
    assert.strictEqual(atA, 'pong');
    done.add('both-ways');
    a.end();
  });
  b.on('end', () => {
    assert.strictEqual(atB, 'ping');
    done.add('end');
    b.end();
  });
}

// objectMode passes through to both sides.
{
  const [a, b] = duplexPair({ objectMode: true });
  assert.strictEqual(a.readableObjectMode, true);
  assert.strictEqual(b.writableObjectMode, true);
  b.once('data', (obj) => {
    assert.deepStrictEqual(obj, { x: 1 });
    done.add('objects');
  });
  a.write({ x: 1 });
}

// The write callback runs when the reader asks for more, not before (a highWaterMark of one byte
// keeps the reader from asking on its own).
{
  const [a, b] = duplexPair({ highWaterMark: 1 });
  let acked = false;
  a.write('x', () => { acked = true; });
  setImmediate(() => {
    assert.strictEqual(acked, false); // b has not been read yet
    assert.strictEqual(b.read().toString(), 'x');
    b.read(); // asks for more -> the write is acknowledged
    setImmediate(() => {
      assert.strictEqual(acked, true);
      done.add('ack');
    });
  });
}
