'use strict';
// Readable in paused mode: read(n) across chunk boundaries, the highWaterMark growing for big
// reads, unshift (also with a decoder), setEncoding with multi-byte characters split between
// pushes (and set after data was queued), and the errors push/unshift/read report.
const assert = require('assert');
const { Readable } = require('stream');

const done = [];
process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), ['push-after-eof', 'unshift-after-end']);
});

// read(n) takes exactly n bytes, spanning chunks; read() takes the rest.
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from('hello '));
  r.push(Buffer.from('wor'));
  r.push(Buffer.from('ld'));
  assert.strictEqual(r.readableLength, 11);
  assert.strictEqual(r.read(3).toString(), 'hel');
  assert.strictEqual(r.read(5).toString(), 'lo wo');
  assert.strictEqual(r.readableLength, 3);
  // More than is queued, stream not ended: null, nothing consumed.
  assert.strictEqual(r.read(4), null);
  assert.strictEqual(r.readableLength, 3);
  r.push(null);
  // Ended: what is left.
  assert.strictEqual(r.read(4).toString(), 'rld');
  assert.strictEqual(r.read(), null);
}

// A read bigger than the mark raises it to the next power of two; over 1 GiB is an error.
{
  const r = new Readable({ highWaterMark: 16, read() {} });
  r.read(100);
  assert.strictEqual(r.readableHighWaterMark, 128);
  r.read(129);
  assert.strictEqual(r.readableHighWaterMark, 256);
  assert.throws(() => r.read(2 ** 30 + 1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be <= 1GiB. Received 1073741825',
  });
}

// unshift puts data back in front; with a decoder a string goes back as text.
{
  const r = new Readable({ read() {} });
  r.push(Buffer.from('def'));
  r.unshift(Buffer.from('abc'));
  assert.strictEqual(r.read(4).toString(), 'abcd');
  r.unshift(Buffer.from('X'));
  assert.strictEqual(r.read().toString(), 'Xef');

  const t = new Readable({ encoding: 'utf8', read() {} });
  t.push('bc');
  t.unshift('a');
  assert.strictEqual(t.read(), 'abc');
  // unshift of a string in another encoding is decoded to the stream's encoding.
  t.push('z');
  t.unshift('eQ==', 'base64');
  assert.strictEqual(t.read(), 'yz');
}

// setEncoding: a '€' (3 bytes) split over pushes comes out whole; read(n) counts characters.
{
  const euro = Buffer.from('€');
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  r.push(euro.subarray(0, 1));
  assert.strictEqual(r.readableLength, 0);
  r.push(euro.subarray(1));
  r.push(Buffer.from('ab€'));
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(r.read(2), '€a');
  assert.strictEqual(r.read(), 'b€');
  // An incomplete character at the end comes out as U+FFFD.
  r.push(euro.subarray(0, 2));
  r.push(null);
  assert.strictEqual(r.read(), '\ufffd');
}

// setEncoding after bytes were queued converts them (split characters included).
{
  const r = new Readable({ read() {} });
  const bytes = Buffer.from('ünï');
  r.push(bytes.subarray(0, 1));
  r.push(bytes.subarray(1, 4));
  assert.strictEqual(r.readableLength, 4);
  r.setEncoding('UTF-8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  assert.strictEqual(r.readableLength, 2);
  r.push(bytes.subarray(4));
  assert.strictEqual(r.read(), 'ünï');
}

// utf16le and base64 decoders, fed one byte at a time.
{
  for (const [encoding, text] of [['utf16le', 'ab€'], ['base64', 'aGVsbG8='], ['hex', '68656c6c6f']]) {
    const r = new Readable({ encoding, read() {} });
    const bytes = Buffer.from(encoding === 'utf16le' ? text : 'hello', encoding === 'utf16le' ? 'utf16le' : 'utf8');
    for (const byte of bytes) r.push(Buffer.from([byte]));
    r.push(null);
    let out = '';
    let chunk;
    while ((chunk = r.read()) !== null) out += chunk;
    assert.strictEqual(out, text, encoding);
  }
}

// Chunks of the wrong type, pushes after EOF, unshift after 'end'.
{
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.match(err.message, /^The "chunk" argument must be of type string or an instance of Buffer/);
  });
  assert.strictEqual(r.push(42), false);
}
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
    done.push('push-after-eof');
  });
  assert.strictEqual(r.push('late'), false);
  // An empty push after EOF is not an error.
  const s = new Readable({ read() {} });
  s.push(null);
  s.push('');
  s.on('error', assert.fail);
}
{
  const r = new Readable({ read() {} });
  r.push('x');
  r.push(null);
  r.resume();
  r.on('end', () => {
    r.on('error', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
      assert.strictEqual(err.message, 'stream.unshift() after end event');
      done.push('unshift-after-end');
    });
    r.unshift('y');
  });
}

// objectMode: falsy values are chunks, read(n) still gives one object.
{
  const r = new Readable({ objectMode: true, read() {} });
  r.push(0);
  r.push('');
  r.push(false);
  assert.strictEqual(r.readableLength, 3);
  assert.strictEqual(r.read(5), 0);
  assert.strictEqual(r.read(), '');
  assert.strictEqual(r.read(), false);
  assert.strictEqual(r.read(), null);
}
