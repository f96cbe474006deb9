'use strict';
// Readable: paused mode (read(n), 'readable'), flowing mode ('data', pause/resume), setEncoding,
// unshift, readableFlowing/readableEnded/readableLength and friends.
const assert = require('assert');
const { Readable } = require('stream');

const done = new Set();
process.on('exit', () => {
  assert.deepStrictEqual([...done].sort(), ['encoding', 'flowing', 'paused', 'read-n', 'unshift']);
});

// Paused mode: nothing flows until read(); 'readable' then 'end'.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.isPaused(), false);
  r.push('abc');
  r.push('def');
  r.push(null);
  assert.strictEqual(r.readableLength, 6);
  const got = [];
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) got.push(chunk.toString());
  });
  assert.strictEqual(r.readableFlowing, false);
  r.on('end', () => {
    assert.deepStrictEqual(got, ['abcdef']);
    assert.strictEqual(r.readableEnded, true);
    assert.strictEqual(r.readableDidRead, true);
    done.add('paused');
  });
}

// read(n) returns exactly n bytes, or null when fewer are buffered (until the end).
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from('0123456789'));
  assert.strictEqual(r.read(4).toString(), '0123');
  assert.strictEqual(r.read(4).toString(), '4567');
  assert.strictEqual(r.read(4), null); // only 2 left, not ended
  r.push(null);
  // At the end, read(n) hands over what remains.
  process.nextTick(() => {
    assert.strictEqual(r.read(4).toString(), '89');
    assert.strictEqual(r.read(), null);
    done.add('read-n');
  });
}

// Flowing mode: 'data' starts it; pause() stops it and resume() restarts it.
{
  let i = 0;
  const r = new Readable({
    read() { this.push(i < 5 ? String(i++) : null); },
  });
  const seen = [];
  r.on('data', (chunk) => {
    seen.push(chunk.toString());
    if (seen.length === 2) {
      r.pause();
      assert.strictEqual(r.isPaused(), true);
      assert.strictEqual(r.readableFlowing, false);
      setTimeout(() => {
        assert.strictEqual(seen.length, 2);
        r.resume();
      }, 10);
    }
  });
  assert.strictEqual(r.readableFlowing, true);
  r.on('end', () => {
    assert.deepStrictEqual(seen, ['0', '1', '2', '3', '4']);
    done.add('flowing');
  });
}

// setEncoding decodes chunks as strings, never splitting a multi-byte character.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.setEncoding('utf8'), r);
  assert.strictEqual(r.readableEncoding, 'utf8');
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(Buffer.from('!'));
  r.push(null);
  let text = '';
  r.on('data', (chunk) => {
    assert.strictEqual(typeof chunk, 'string');
    text += chunk;
  });
  r.on('end', () => {
    assert.strictEqual(text, '€!');
    done.add('encoding');
  });
  assert.throws(() => new Readable().setEncoding('bogus'), {
    code: 'ERR_UNKNOWN_ENCODING',
    name: 'TypeError',
    message: 'Unknown encoding: bogus',
  });
}

// unshift puts data back at the front of the buffer.
{
  const r = new Readable({ read() {} });
  r.push('world');
  const head = r.read(2);
  assert.strictEqual(head.toString(), 'wo');
  r.unshift(Buffer.from('hello '));
  r.unshift(head);
  // hmm: unshift after read puts the head back before 'hello '
  r.push(null);
  let all = '';
  r.on('data', (chunk) => { all += chunk; });
  r.on('end', () => {
    assert.strictEqual(all, 'wohello rld');
    // unshift after 'end' is an error.
    r.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
      assert.strictEqual(err.message, 'stream.unshift() after end event');
      done.add('unshift');
    });
    r.unshift('late');
  });
}

// push after EOF and invalid chunks are errors with Node's codes.
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
  });
  r.push('x');
  const r2 = new Readable({ read() {} });
  r2.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "chunk" argument must be of type string or an instance of ' +
      'Buffer, TypedArray, or DataView. Received type number (42)');
  });
  r2.push(42);
  // Any TypedArray is a byte chunk.
  const r3 = new Readable({ read() {} });
  r3.push(new Uint16Array([0x0201]));
  assert.deepStrictEqual([...r3.read()], [1, 2]);
}

// _read not implemented
{
  const r = new Readable();
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
  });
  r.read();
}
