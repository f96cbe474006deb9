'use strict';
// 'readable' and 'data' together: a 'readable' listener takes precedence (the stream stays paused
// and data is pulled with read()), removing it lets 'data' flow again; resume()/pause() and
// readableFlowing/isPaused through those switches; sync and async _read; read(0).
const assert = require('assert');
const { Readable } = require('stream');

const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['async-read', 'read0', 'readable-wins', 'remove-readable', 'resume-while-readable', 'sync-read']);
});

// 'readable' added after 'data': flowing turns false, data only through read().
{
  const r = new Readable({ read() {} });
  const data = [];
  r.on('data', (chunk) => data.push(`data:${chunk}`));
  assert.strictEqual(r.readableFlowing, true);
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) data.push(`read:${chunk}`);
  });
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  r.push('a');
  r.push('b');
  r.push(null);
  r.on('end', () => {
    // read() emits 'data' for what it returns: both listeners see the same chunk once.
    assert.deepStrictEqual(data, ['data:ab', 'read:ab']);
    done.push('readable-wins');
  });
}

// Removing the last 'readable' listener with a 'data' listener present resumes the flow.
{
  const r = new Readable({ read() {} });
  const onReadable = () => {};
  r.on('readable', onReadable);
  const got = [];
  r.on('data', (chunk) => got.push(String(chunk)));
  assert.strictEqual(r.readableFlowing, false);
  r.push('x');
  setImmediate(() => {
    assert.deepStrictEqual(got, []);
    r.removeListener('readable', onReadable);
    // The switch happens on the next tick.
    assert.strictEqual(r.readableFlowing, false);
    process.nextTick(() => {
      assert.strictEqual(r.readableFlowing, true);
      setImmediate(() => {
        assert.deepStrictEqual(got, ['x']);
        done.push('remove-readable');
      });
    });
  });
}

// resume() while a 'readable' listener exists does not flow; once it is removed, it does.
{
  const r = new Readable({ read() {} });
  const onReadable = () => {};
  r.on('readable', onReadable);
  r.resume();
  assert.strictEqual(r.readableFlowing, false);
  const got = [];
  r.on('data', (chunk) => got.push(String(chunk)));
  r.push('y');
  r.removeListener('readable', onReadable);
  setImmediate(() => {
    assert.strictEqual(r.readableFlowing, true);
    assert.deepStrictEqual(got, ['y']);
    // pause() stops it, isPaused() says so.
    r.pause();
    assert.strictEqual(r.readableFlowing, false);
    assert.strictEqual(r.isPaused(), true);
    r.push('z');
    setImmediate(() => {
      assert.deepStrictEqual(got, ['y']);
      assert.strictEqual(r.readableLength, 1);
      r.resume();
      setImmediate(() => {
        assert.deepStrictEqual(got, ['y', 'z']);
        done.push('resume-while-readable');
      });
    });
  });
}

// _read that pushes synchronously: called with the highWaterMark, again while below it.
{
  const sizes = [];
  let n = 0;
  const r = new Readable({
    highWaterMark: 3,
    read(size) {
      sizes.push(size);
      if (n < 5) this.push(String(n++));
      else this.push(null);
    },
  });
  const got = [];
  r.on('data', (chunk) => got.push(String(chunk)));
  r.on('end', () => {
    assert.deepStrictEqual(got, ['0', '1', '2', '3', '4']);
    assert.ok(sizes.every((s) => s === 3), `sizes ${sizes}`);
    done.push('sync-read');
  });
}

// _read that pushes later: not called again until it has pushed.
{
  let inRead = 0;
  let maxInRead = 0;
  let n = 0;
  const r = new Readable({
    read() {
      inRead++;
      maxInRead = Math.max(maxInRead, inRead);
      setTimeout(() => {
        inRead--;
        this.push(n < 4 ? Buffer.from([n++]) : null);
      }, 1);
    },
  });
  const got = [];
  r.on('data', (chunk) => got.push(chunk[0]));
  r.on('end', () => {
    assert.deepStrictEqual(got, [0, 1, 2, 3]);
    assert.strictEqual(maxInRead, 1);
    done.push('async-read');
  });
}

// read(0) asks for data without consuming any; at the end it emits 'end'.
{
  let reads = 0;
  const r = new Readable({
    read() {
      reads++;
      this.push(reads === 1 ? 'abc' : null);
    },
  });
  assert.strictEqual(r.read(0), null);
  assert.strictEqual(reads, 1);
  assert.strictEqual(r.readableLength, 3);
  assert.strictEqual(String(r.read()), 'abc');
  r.on('end', () => done.push('read0'));
  assert.strictEqual(r.read(0), null);
  r.resume();
}
