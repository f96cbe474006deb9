'use strict';
// The order of events around errors and destroy(): 'error' before 'close', each once; nothing
// after 'close'; autoDestroy after 'end'/'finish' (Duplex: after both); emitClose: false;
// errors through pipe() and pipeline() (the first error wins, every stage is destroyed).
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline } = require('stream');

const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), [
    'auto-destroy', 'destroy-cb', 'duplex-auto', 'emitclose-false', 'error-close', 'pipeline',
    'readable-error-order', 'transform-error',
  ]);
});

function recorder(stream, events) {
  for (const name of ['data', 'end', 'finish', 'error', 'close']) {
    stream.on(name, (arg) => events.push(name === 'error' ? `error:${arg.message}` : name));
  }
}

// destroy(err): 'error' then 'close' on later ticks, once, even if destroyed again.
{
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  const events = [];
  recorder(w, events);
  w.destroy(new Error('boom'));
  w.destroy(new Error('again'));
  assert.deepStrictEqual(events, []);
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.errored.message, 'boom');
  assert.strictEqual(w.writable, false);
  w.on('close', () => {
    assert.deepStrictEqual(events, ['error:boom', 'close']);
    assert.strictEqual(w.closed, true);
    assert.strictEqual(w.writableAborted, true);
    done.push('error-close');
  });
}

// A Readable erroring mid-flow: data stops, 'error' then 'close', no 'end'.
{
  let n = 0;
  const r = new Readable({
    read() {
      n++;
      if (n === 3) this.destroy(new Error('read failed'));
      else this.push(String(n));
    },
  });
  const events = [];
  recorder(r, events);
  r.on('close', () => {
    assert.deepStrictEqual(events, ['data', 'data', 'error:read failed', 'close']);
    assert.strictEqual(r.readableAborted, true);
    assert.strictEqual(r.readableEnded, false);
    done.push('readable-error-order');
  });
}

// destroy()'s callback and _destroy's error.
{
  const r = new Readable({
    read() {},
    destroy(err, callback) {
      assert.strictEqual(err, null);
      callback(new Error('from _destroy'));
    },
  });
  const events = [];
  recorder(r, events);
  r.destroy(null, (err) => {
    events.push(`cb:${err.message}`);
  });
  r.on('close', () => {
    assert.deepStrictEqual(events, ['cb:from _destroy', 'error:from _destroy', 'close']);
    done.push('destroy-cb');
  });
}

// autoDestroy: 'end' (Readable) and 'finish' (Writable) are followed by 'close'.
{
  const r = new Readable({ read() { this.push(null); } });
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  const events = [];
  r.on('end', () => events.push('r-end'));
  r.on('close', () => events.push('r-close'));
  w.on('finish', () => events.push('w-finish'));
  w.on('close', () => {
    events.push('w-close');
    assert.deepStrictEqual(events, ['r-end', 'r-close', 'w-finish', 'w-close']);
    done.push('auto-destroy');
  });
  r.resume();
  r.on('close', () => w.end());
}

// Duplex: destroyed only when both sides are done.
{
  const d = new Duplex({
    read() {},
    write(chunk, encoding, callback) { callback(); },
  });
  const events = [];
  d.on('finish', () => events.push('finish'));
  d.on('end', () => events.push('end'));
  d.on('close', () => {
    events.push('close');
    assert.deepStrictEqual(events, ['finish', 'end', 'close']);
    done.push('duplex-auto');
  });
  d.end();
  d.resume();
  setImmediate(() => {
    assert.deepStrictEqual(events, ['finish']);
    assert.strictEqual(d.destroyed, false);
    d.push(null);
  });
}

// emitClose: false — destroyed, but no 'close'.
{
  const r = new Readable({ emitClose: false, read() {} });
  r.on('close', () => assert.fail('close emitted'));
  r.destroy();
  setImmediate(() => {
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.closed, true);
    done.push('emitclose-false');
  });
}

// A Transform's error destroys it: buffered writes fail first, then 'error' once, 'close' last.
{
  const t = new Transform({
    transform(chunk, encoding, callback) {
      if (String(chunk) === 'bad') callback(new Error('bad chunk'));
      else callback(null, chunk);
    },
  });
  const events = [];
  recorder(t, events);
  t.write('ok');
  t.write('bad');
  // Written after the failing chunk: buffered, then failed with the same error.
  t.write('after', (err) => events.push(`after-cb:${err && err.message}`));
  t.on('close', () => {
    assert.deepStrictEqual(events, ['data', 'after-cb:bad chunk', 'error:bad chunk', 'close']);
    done.push('transform-error');
  });
}

// pipeline(): the first error is reported, every stream ends up destroyed.
{
  const source = new Readable({ read() {} });
  const middle = new PassThrough();
  const sink = new Writable({
    write(chunk, encoding, callback) { callback(new Error('sink failed')); },
  });
  pipeline(source, middle, sink, (err) => {
    assert.strictEqual(err.message, 'sink failed');
    setImmediate(() => {
      assert.ok(source.destroyed && middle.destroyed && sink.destroyed);
      done.push('pipeline');
    });
  });
  source.push('x');
}
