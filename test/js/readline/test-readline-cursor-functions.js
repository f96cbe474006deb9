'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown write Node's ANSI sequences,
// return the stream's write() result, pass callbacks on, and validate their arguments.
const assert = require('assert');
const readline = require('readline');
const { Writable } = require('stream');

const writes = [];
let writeResult = true;
const stream = {
  write(data, cb) {
    writes.push(data);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return writeResult;
  },
};

function check(call, bytes) {
  writes.length = 0;
  assert.strictEqual(call(), true);
  assert.deepStrictEqual(writes, bytes === null ? [] : [bytes]);
}

check(() => readline.cursorTo(stream, 0), '\x1b[1G');
check(() => readline.cursorTo(stream, 5), '\x1b[6G');
check(() => readline.cursorTo(stream, 2, 3), '\x1b[4;3H');
check(() => readline.cursorTo(stream), null);
check(() => readline.cursorTo(stream, 'a'), null);
check(() => readline.cursorTo(stream, 'a', 'b'), null);
check(() => readline.cursorTo(null, 1, 1), null);
check(() => readline.moveCursor(stream, 3, 0), '\x1b[3C');
check(() => readline.moveCursor(stream, -3, 0), '\x1b[3D');
check(() => readline.moveCursor(stream, 0, 2), '\x1b[2B');
check(() => readline.moveCursor(stream, 0, -2), '\x1b[2A');
check(() => readline.moveCursor(stream, 4, -1), '\x1b[4C\x1b[1A');
check(() => readline.moveCursor(stream, -1, 7), '\x1b[1D\x1b[7B');
check(() => readline.moveCursor(stream, 0, 0), null);
check(() => readline.moveCursor(undefined, 1, 1), null);
check(() => readline.clearLine(stream, -1), '\x1b[1K');
check(() => readline.clearLine(stream, 1), '\x1b[0K');
check(() => readline.clearLine(stream, 0), '\x1b[2K');
check(() => readline.clearLine(stream), '\x1b[2K');
check(() => readline.clearLine(null, 0), null);
check(() => readline.clearScreenDown(stream), '\x1b[0J');
check(() => readline.clearScreenDown(null), null);

// The write() result is passed back (backpressure).
writeResult = false;
assert.strictEqual(readline.cursorTo(stream, 1), false);
assert.strictEqual(readline.moveCursor(stream, 1, 1), false);
assert.strictEqual(readline.clearLine(stream, 0), false);
assert.strictEqual(readline.clearScreenDown(stream), false);
writeResult = true;

// Callbacks: given to write(), or called on the next tick with null when nothing is written.
let called = 0;
const cb = (err) => {
  assert.strictEqual(err, null);
  called++;
};
readline.cursorTo(stream, 1, cb);
readline.cursorTo(stream, 1, 2, cb);
readline.cursorTo(null, 1, cb);
readline.moveCursor(stream, 1, 1, cb);
readline.moveCursor(stream, 0, 0, cb);
readline.clearLine(stream, 1, cb);
readline.clearLine(null, 1, cb);
readline.clearScreenDown(stream, cb);
readline.clearScreenDown(undefined, cb);
assert.strictEqual(called, 0);
process.on('exit', () => assert.strictEqual(called, 9));

// Errors.
assert.throws(() => readline.cursorTo(stream, 1, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => readline.moveCursor(stream, 1, 1, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.clearLine(stream, 0, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.clearScreenDown(stream, null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.cursorTo(stream, NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => readline.cursorTo(stream, 1, NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'y' is invalid. Received NaN",
});
assert.throws(() => readline.cursorTo(stream, 'a', 1), {
  code: 'ERR_INVALID_CURSOR_POS',
  name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});

// A real Writable gets the same bytes.
const chunks = [];
const sink = new Writable({
  write(chunk, encoding, callback) {
    chunks.push(chunk.toString());
    callback();
  },
});
readline.cursorTo(sink, 0, 0);
let sinkDone = false;
readline.clearScreenDown(sink, () => {
  assert.deepStrictEqual(chunks, ['\x1b[1;1H', '\x1b[0J']);
  sinkDone = true;
});
process.on('exit', () => assert.ok(sinkDone));
