'use strict';
// 'data' reaches listeners exactly as emit() would deliver it: through an overridden emit(),
// to several listeners, with captureRejections watching a listener's promise, and not at all
// once the listeners are gone.
const assert = require('assert');
const { Readable, PassThrough } = require('stream');

const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['capture', 'custom-emit', 'listeners', 'removed']);
});

// An emit() override sees every 'data' (flowing straight from push() and from read()).
{
  const r = new Readable({ objectMode: true, read() {} });
  const seen = [];
  r.emit = function(event, ...args) {
    if (event === 'data') seen.push(args[0]);
    return Readable.prototype.emit.call(this, event, ...args);
  };
  r.on('data', () => {});
  r.push('buffered-before-flow');
  setImmediate(() => {
    r.push('direct');
    r.push(null);
  });
  r.on('end', () => {
    assert.deepStrictEqual(seen, ['buffered-before-flow', 'direct']);
    done.push('custom-emit');
  });
}

// Several listeners, added and removed while data flows; `this` is the stream.
{
  const p = new PassThrough();
  const a = [];
  const b = [];
  function onB(chunk) {
    assert.strictEqual(this, p);
    b.push(String(chunk));
    if (b.length === 2) p.removeListener('data', onB);
  }
  p.on('data', (chunk) => a.push(String(chunk)));
  p.on('data', onB);
  p.write('1');
  p.write('2');
  p.write('3');
  p.end();
  p.on('end', () => {
    assert.deepStrictEqual(a, ['1', '2', '3']);
    assert.deepStrictEqual(b, ['1', '2']);
    done.push('listeners');
  });
}

// With captureRejections, a rejecting async 'data' listener destroys the stream with its error.
{
  const r = new Readable({ captureRejections: true, read() {} });
  r.on('data', async () => {
    throw new Error('async listener failed');
  });
  r.on('error', (err) => {
    assert.strictEqual(err.message, 'async listener failed');
    done.push('capture');
  });
  r.push('x');
}

// Removing the only 'data' listener does not pause the stream (readableFlowing stays true) but
// no 'data' event reaches anyone; the chunks are consumed.
{
  const r = new Readable({ read() {} });
  const got = [];
  const onData = (chunk) => got.push(String(chunk));
  r.on('data', onData);
  r.push('a');
  setImmediate(() => {
    r.removeListener('data', onData);
    r.push('b');
    setImmediate(() => {
      assert.deepStrictEqual(got, ['a']);
      assert.strictEqual(r.readableFlowing, true);
      done.push('removed');
    });
  });
}
