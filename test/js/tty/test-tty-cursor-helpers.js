'use strict';
// tty.WriteStream's cursorTo/moveCursor/clearLine/clearScreenDown write ANSI sequences to the
// stream they are called on and return what write() returned.
const assert = require('assert');
const tty = require('tty');

const written = [];
const stream = { write(data, cb) { written.push(data); if (cb) cb(); return 'ret'; } };
const call = (name, ...args) => tty.WriteStream.prototype[name].call(stream, ...args);

assert.strictEqual(call('cursorTo', 3), 'ret');
call('cursorTo', 3, 5);
call('moveCursor', 2, -1);
call('moveCursor', -4, 3);
call('clearLine', -1);
call('clearLine', 1);
call('clearLine', 0);
call('clearScreenDown');
assert.deepStrictEqual(written, [
  '\x1b[4G', '\x1b[6;4H', '\x1b[2C\x1b[1A', '\x1b[4D\x1b[3B', '\x1b[1K', '\x1b[0K', '\x1b[2K', '\x1b[0J',
]);

// Nothing to do: nothing written, true returned, the callback still called (next tick).
written.length = 0;
let called = 0;
assert.strictEqual(call('moveCursor', 0, 0, () => called++), true);
assert.strictEqual(call('cursorTo', undefined, undefined, () => called++), true);
assert.deepStrictEqual(written, []);
process.on('exit', () => assert.strictEqual(called, 2));

// A callback in y's place.
call('cursorTo', 1, () => called--);
called++;

assert.throws(() => call('cursorTo', undefined, 3), {
  code: 'ERR_INVALID_CURSOR_POS',
  name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => call('cursorTo', NaN), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'x' is invalid. Received NaN",
});
assert.throws(() => call('cursorTo', 1, NaN), { code: 'ERR_INVALID_ARG_VALUE' });
for (const name of ['moveCursor', 'clearLine']) {
  assert.throws(() => call(name, 1, 1, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => call('clearScreenDown', 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
