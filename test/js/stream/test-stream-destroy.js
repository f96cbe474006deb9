'use strict';
// destroy(): 'error' then 'close', errored/destroyed/closed state, _destroy callbacks, autoDestroy
// and emitClose options, destroy after destroy, and stream.destroy / isErrored / isDestroyed /
// isDisturbed / isReadable / isWritable.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, PassThrough } = stream;

const done = new Set();
process.on('exit', () => {
  assert.deepStrictEqual([...done].sort(),
                         ['autoDestroy-off', 'custom-destroy', 'destroy-error', 'destroy-plain',
                          'emitClose-off', 'writable-destroy']);
});

// destroy(err): 'error' then 'close', once; state reflects it.
{
  const r = new Readable({ read() {} });
  const events = [];
  const err = new Error('kaput');
  r.on('error', (e) => { assert.strictEqual(e, err); events.push('error'); });
  r.on('close', () => {
    events.push('close');
    assert.deepStrictEqual(events, ['error', 'close']);
    assert.strictEqual(r.closed, true);
    assert.strictEqual(stream.isErrored(r), true);
    done.add('destroy-error');
  });
  assert.strictEqual(r.destroy(err), r);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored, err);
  assert.strictEqual(stream.isErrored(r), false); // not until 'error' has been emitted
  assert.strictEqual(stream.isDestroyed(r), true);
  assert.strictEqual(stream.isReadable(r), false);
  r.destroy(new Error('second')); // ignored: no second 'error'
}

// destroy() without an error: only 'close'; reads after it give nothing.
{
  const r = new Readable({ read() {} });
  r.on('error', () => assert.fail('no error expected'));
  r.on('close', () => {
    assert.strictEqual(r.errored, null);
    assert.strictEqual(r.readableAborted, true);
    done.add('destroy-plain');
  });
  r.destroy();
  assert.strictEqual(r.push('x'), false);
}

// _destroy(err, cb) can replace or clear the error; it runs once.
{
  let calls = 0;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) {
      calls++;
      assert.strictEqual(err.message, 'original');
      cb(new Error('replaced'));
    },
  });
  w.on('error', (err) => {
    assert.strictEqual(err.message, 'replaced');
    assert.strictEqual(calls, 1);
    done.add('custom-destroy');
  });
  w.destroy(new Error('original'));
  w.destroy();
}

// Writing to a destroyed Writable: ERR_STREAM_DESTROYED to the callback.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.write('x', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
    assert.strictEqual(stream.isWritable(w), false);
    done.add('writable-destroy');
  });
  w.on('error', () => {});
}

// autoDestroy: false keeps the stream alive after end/finish.
{
  const r = new Readable({ autoDestroy: false, read() { this.push(null); } });
  r.resume();
  r.on('end', () => {
    setImmediate(() => {
      assert.strictEqual(r.destroyed, false);
      done.add('autoDestroy-off');
    });
  });
  r.on('close', () => assert.fail('no close without destroy'));
}

// emitClose: false: destroy() emits no 'close'.
{
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  w.on('close', () => assert.fail('no close expected'));
  w.destroy();
  setImmediate(() => {
    assert.strictEqual(w.destroyed, true);
    done.add('emitClose-off');
  });
}

// isDisturbed: true once data was read.
{
  const r = new Readable({ read() {} });
  r.push('x');
  assert.strictEqual(stream.isDisturbed(r), false);
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.isReadable(new PassThrough()), true);
  assert.strictEqual(stream.isWritable(new PassThrough()), true);
  assert.strictEqual(stream.isErrored(new PassThrough()), false);
}

// stream.destroy(s, err) destroys any stream; Duplex destroy ends both sides.
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.on('error', () => {});
  stream.destroy(d, new Error('x'));
  assert.strictEqual(d.destroyed, true);
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, false);
}
