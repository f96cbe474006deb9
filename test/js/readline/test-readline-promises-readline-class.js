'use strict';
// readline/promises' Readline: actions are queued and written in one piece by commit() (which
// resolves once written), dropped by rollback(), or written on the next tick with autoCommit;
// arguments are validated with Node's errors.
const assert = require('assert');
const { Readline } = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function sink() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return { stream, chunks };
}

(async () => {
  {
    const { stream, chunks } = sink();
    const rl = new Readline(stream);
    assert.strictEqual(rl.cursorTo(0), rl);
    rl.cursorTo(4, 2).moveCursor(3, -1).moveCursor(-2, 5).moveCursor(0, 0)
      .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
    assert.deepStrictEqual(chunks, []);
    await rl.commit();
    assert.deepStrictEqual(chunks, [
      '\x1b[1G\x1b[3;5H\x1b[3C\x1b[1A\x1b[2D\x1b[5B\x1b[1K\x1b[2K\x1b[0K\x1b[0J',
    ]);

    rl.cursorTo(1);
    assert.strictEqual(rl.rollback(), rl);
    // Nothing queued: commit() writes an empty string.
    await rl.commit();
    assert.deepStrictEqual(chunks.slice(1), ['']);
    rl.moveCursor(0, 1);
    await rl.commit();
    assert.deepStrictEqual(chunks.slice(2), ['\x1b[1B']);
  }

  {
    // autoCommit: each action is written on the next tick by itself.
    const { stream, chunks } = sink();
    const rl = new Readline(stream, { autoCommit: true });
    rl.cursorTo(2).clearScreenDown();
    assert.deepStrictEqual(chunks, []);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(chunks, ['\x1b[3G', '\x1b[0J']);
    new Readline(stream, { autoCommit: null });
    new Readline(stream, { autoCommit: false });
  }

  for (const bad of [{}, null, undefined, { write() {} }, 'stdout']) {
    assert.throws(() => new Readline(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "stream" argument must be an instance of Writable\. Received /,
    });
  }
  const ended = new PassThrough();
  ended.end();
  assert.throws(() => new Readline(ended), { code: 'ERR_INVALID_ARG_TYPE' });
  const destroyed = new PassThrough();
  destroyed.destroy();
  assert.throws(() => new Readline(destroyed), { code: 'ERR_INVALID_ARG_TYPE' });

  const rl = new Readline(new PassThrough());
  assert.throws(() => new Readline(new PassThrough(), { autoCommit: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.autoCommit" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => rl.cursorTo('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "x" argument must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => rl.cursorTo(1, 'b'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => rl.moveCursor(1, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "dy" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => rl.moveCursor(1.5, 0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "dx" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => rl.clearLine(2), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "dir" is out of range. It must be >= -1 && <= 1. Received 2',
  });
  assert.throws(() => rl.clearLine(), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(() => console.log('ok'));
