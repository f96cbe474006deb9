'use strict';
// createReadStream/createWriteStream: 'open'/'ready', start/end/highWaterMark/encoding, fd and
// autoClose, bytesRead/bytesWritten, flags, backpressure against a slow consumer (write() returns
// false, memory stays bounded, every byte arrives in order), flush before 'finish', errors.
const assert = require('assert');
const fs = require('fs');
const { pipeline } = require('stream');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const src = join('src.bin');
const size = 3 * 1024 * 1024 + 17;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync(src, data);

// Pipe through a slow writable: the reader must pause.
{
  const rs = fs.createReadStream(src, { highWaterMark: 64 * 1024 });
  const ws = fs.createWriteStream(join('copy.bin'));
  let opened = false;
  rs.on('open', mustCall((fd) => {
    assert.strictEqual(typeof fd, 'number');
    opened = true;
  }));
  rs.on('ready', mustCall(() => assert.ok(opened)));
  assert.strictEqual(rs.pending, true);
  pipeline(rs, ws, mustCall((err) => {
    assert.ifError(err);
    assert.strictEqual(rs.bytesRead, size);
    assert.strictEqual(ws.bytesWritten, size);
    assert.ok(fs.readFileSync(join('copy.bin')).equals(data));
  }));
}

// A slow consumer: write() returns false past highWaterMark and 'drain' follows.
{
  const ws = fs.createWriteStream(join('slow.bin'), { highWaterMark: 1024 });
  let drains = 0;
  let i = 0;
  const chunk = Buffer.alloc(700, 1);
  const writeMore = () => {
    while (i < 200) {
      i++;
      if (!ws.write(chunk)) {
        assert.ok(ws.writableLength >= 1024);
        drains++;
        ws.once('drain', writeMore);
        return;
      }
    }
    ws.end(mustCall(() => {
      assert.ok(drains > 10, `drains: ${drains}`);
      assert.strictEqual(fs.statSync(join('slow.bin')).size, 200 * 700);
    }));
  };
  writeMore();
}

// start/end/encoding/highWaterMark.
{
  const rs = fs.createReadStream(src, { start: 5, end: 14, encoding: 'hex', highWaterMark: 4 });
  let text = '';
  let chunks = 0;
  rs.on('data', (c) => {
    text += c;
    chunks++;
  });
  rs.on('end', mustCall(() => {
    assert.strictEqual(text, data.subarray(5, 15).toString('hex'));
    assert.strictEqual(chunks, 3);
  }));
  rs.on('close', mustCall());
}

// fd with autoClose: false leaves the fd open; start writes at an offset.
{
  fs.writeFileSync(join('pos.txt'), 'abcdefgh');
  const fd = fs.openSync(join('pos.txt'), 'r+');
  const ws = fs.createWriteStream(null, { fd, start: 2, autoClose: false });
  assert.strictEqual(ws.path, undefined);
  ws.end('XY', mustCall(() => {
    assert.strictEqual(fs.readFileSync(join('pos.txt'), 'utf8'), 'abXYefgh');
    fs.fstatSync(fd);  // still open
    fs.closeSync(fd);
  }));
}

// Append mode, flush option, 'finish' after the data is on disk.
{
  fs.writeFileSync(join('app.txt'), '1');
  const ws = fs.createWriteStream(join('app.txt'), { flags: 'a', flush: true });
  ws.write('2');
  ws.end('3');
  ws.on('finish', mustCall(() => {
    assert.strictEqual(fs.readFileSync(join('app.txt'), 'utf8'), '123');
  }));
  ws.on('close', mustCall());
}

// Errors.
fs.createReadStream(join('none')).on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));
fs.createWriteStream(join('no', 'dir')).on('error', mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
assert.throws(() => fs.createReadStream(src, { start: 10, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 10',
});
assert.throws(() => fs.createReadStream(src, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(src, { end: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createWriteStream(join('x'), { flush: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(fs.createReadStream(src).destroy() instanceof fs.ReadStream);
const closing = fs.createWriteStream(join('closed.txt'));
closing.close(mustCall());
