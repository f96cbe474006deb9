'use strict';
// Writable: cork/uncork batching into _writev, end() undoing every cork, _final before 'finish'
// (and its errors), write callbacks' order, and the errors of misuse (write after end, end twice,
// write after destroy, callback called twice, bad chunks and encodings).
const assert = require('assert');
const { Writable } = require('stream');

const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), [
    'cb-twice', 'cork', 'destroyed-write', 'end-cork', 'end-twice', 'final', 'final-error',
    'final-sync', 'write-after-end',
  ]);
});

// Corked writes go to _writev together, in order, with their encodings; callbacks run in order.
{
  const batches = [];
  const w = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      batches.push([[String(chunk), encoding]]);
      callback();
    },
    writev(chunks, callback) {
      batches.push(chunks.map(({ chunk, encoding }) => [String(chunk), encoding]));
      process.nextTick(callback);
    },
  });
  const order = [];
  w.cork();
  w.cork();
  assert.strictEqual(w.writableCorked, 2);
  w.write('a', () => order.push('a'));
  w.write(Buffer.from('b'), () => order.push('b'));
  w.write('6363', 'hex', () => order.push('c'));
  assert.strictEqual(w.writableLength, 6);
  assert.strictEqual(w.writableBuffer.length, 3);
  w.uncork();
  assert.deepStrictEqual(batches, []);
  w.uncork();
  assert.strictEqual(w.writableCorked, 0);
  assert.deepStrictEqual(batches, [[['a', 'utf8'], ['b', 'buffer'], ['6363', 'hex']]]);
  w.write('d', () => {
    assert.deepStrictEqual(order, ['a', 'b', 'c']);
    assert.deepStrictEqual(batches[1], [['d', 'utf8']]);
    done.push('cork');
  });
}

// end() uncorks whatever the cork count; 'finish' after the last write.
{
  const seen = [];
  const w = new Writable({
    write(chunk, encoding, callback) { seen.push(String(chunk)); callback(); },
  });
  w.cork();
  w.cork();
  w.write('x');
  w.end('y');
  assert.strictEqual(w.writableCorked, 0);
  w.on('finish', () => {
    assert.deepStrictEqual(seen, ['x', 'y']);
    done.push('end-cork');
  });
}

// _final runs once before 'prefinish'/'finish', after every write completed; end()'s callback
// runs just before 'finish'.
{
  const events = [];
  const w = new Writable({
    write(chunk, encoding, callback) {
      events.push('write');
      setImmediate(callback);
    },
    final(callback) {
      events.push('final');
      assert.strictEqual(this.writableLength, 0);
      setImmediate(callback);
    },
  });
  w.on('prefinish', () => events.push('prefinish'));
  w.on('finish', () => events.push('finish'));
  w.on('close', () => {
    assert.deepStrictEqual(events, ['write', 'write', 'final', 'prefinish', 'end-cb', 'finish']);
    done.push('final');
  });
  w.write('a');
  w.end('b', () => events.push('end-cb'));
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
}

// A _final that calls back synchronously still finishes on a later tick.
{
  const w = new Writable({
    write(chunk, encoding, callback) { callback(); },
    final(callback) { callback(); },
  });
  let sync = true;
  w.on('finish', () => {
    assert.strictEqual(sync, false);
    done.push('final-sync');
  });
  w.end();
  sync = false;
}

// _final's error: 'error' (then 'close'), no 'finish'; end()'s callback gets the error.
{
  const w = new Writable({
    write(chunk, encoding, callback) { callback(); },
    final(callback) { setImmediate(callback, new Error('final failed')); },
  });
  const events = [];
  w.on('finish', () => events.push('finish'));
  w.on('error', (err) => events.push(`error:${err.message}`));
  w.end((err) => events.push(`end-cb:${err && err.message}`));
  w.on('close', () => {
    assert.deepStrictEqual(events, ['end-cb:final failed', 'error:final failed']);
    assert.strictEqual(w.writableFinished, false);
    done.push('final-error');
  });
}

// write() after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
{
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  w.end();
  let cbErr;
  assert.strictEqual(w.write('late', (err) => { cbErr = err; }), false);
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
    process.nextTick(() => {
      assert.strictEqual(cbErr, err);
      done.push('write-after-end');
    });
  });
}

// end() twice: the second callback gets ERR_STREAM_ALREADY_FINISHED once finished.
{
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  w.end();
  w.on('finish', () => {
    w.end((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
      assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
      done.push('end-twice');
    });
  });
}

// write() after destroy(): ERR_STREAM_DESTROYED to the callback; buffered writes fail the same way.
{
  const w = new Writable({ write(chunk, encoding, callback) { setImmediate(callback); } });
  const errors = [];
  w.write('first', (err) => errors.push(`first:${err ? err.code : 'ok'}`));
  w.write('buffered', (err) => errors.push(`buffered:${err && err.code}`));
  w.destroy();
  w.write('late', (err) => errors.push(`late:${err && err.code}`));
  w.on('close', () => {
    setImmediate(() => {
      assert.deepStrictEqual(errors.sort(), [
        'buffered:ERR_STREAM_DESTROYED', 'first:ok', 'late:ERR_STREAM_DESTROYED',
      ]);
      done.push('destroyed-write');
    });
  });
}

// Calling the _write callback twice is ERR_MULTIPLE_CALLBACK.
{
  const w = new Writable({
    write(chunk, encoding, callback) {
      callback();
      callback();
    },
  });
  w.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
    done.push('cb-twice');
  });
  w.write('x');
}

// Bad chunks and encodings throw synchronously.
{
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "chunk" argument must be of type string or an instance of Buffer/,
  });
  assert.throws(() => w.write('x', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  assert.throws(() => w.setDefaultEncoding('bogus'), {
    code: 'ERR_UNKNOWN_ENCODING',
    message: 'Unknown encoding: bogus',
  });
  assert.strictEqual(w.setDefaultEncoding('HEX'), w);
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
  assert.throws(() => new Writable({ defaultEncoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });
  // objectMode takes anything but null.
  const o = new Writable({ objectMode: true, write(chunk, encoding, callback) { callback(); } });
  assert.strictEqual(o.write(0), true);
  assert.strictEqual(o.write(undefined), true);
}
