'use strict';
// Making a tty stream over a descriptor that is no terminal fails with Node's errors:
// ERR_INVALID_FD for a bad number, ERR_TTY_INIT_FAILED (a SystemError) from uv_tty_init.
const assert = require('assert');
const tty = require('tty');

for (const Stream of [tty.ReadStream, tty.WriteStream]) {
  assert.throws(() => new Stream(-1), {
    code: 'ERR_INVALID_FD',
    name: 'RangeError',
    message: '"fd" must be a positive integer: -1',
  });
  assert.throws(() => new Stream(1.5), { code: 'ERR_INVALID_FD' });
  // Under the test runner fd 1 is a file.
  assert.throws(() => new Stream(1), (err) => {
    assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.message,
                       'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)');
    assert.strictEqual(err.errno, -22);
    assert.strictEqual(err.syscall, 'uv_tty_init');
    assert.deepStrictEqual(err.info, {
      errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
    });
    return true;
  });
}
