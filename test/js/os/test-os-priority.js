'use strict';
// getPriority/setPriority: the calling process by default or by pid, argument validation with
// Node's codes, and a failed call as Node's SystemError (ERR_SYSTEM_ERROR with `info`).
const assert = require('assert');
const os = require('os');

const current = os.getPriority();
assert.strictEqual(typeof current, 'number');
assert.ok(Number.isInteger(current) && current >= -20 && current <= 19);
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(process.pid), current);

// Setting the value it already has is always allowed; so is being nicer (a higher number).
os.setPriority(current);
assert.strictEqual(os.getPriority(), current);
os.setPriority(process.pid, current);
assert.strictEqual(os.getPriority(), current);
if (current < 19) {
  os.setPriority(0, current + 1);
  assert.strictEqual(os.getPriority(), current + 1);
}

// Validation.
for (const bad of ['1', null, {}, true, 1n]) {
  assert.throws(() => os.getPriority(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => os.setPriority(bad, 0), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => os.setPriority(0, bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => os.setPriority(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received undefined',
});
assert.throws(() => os.getPriority('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => os.setPriority(1.5, 0), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.getPriority(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
for (const priority of [-21, 20, 100, -100]) {
  assert.throws(() => os.setPriority(0, priority), {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "priority" is out of range. It must be >= -20 && <= 19. Received ${priority}`,
  });
  assert.throws(() => os.setPriority(priority), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => os.setPriority(0, NaN), { code: 'ERR_OUT_OF_RANGE' });

// No such process (pid_max is at most 2^22 on Linux).
const missing = 2 ** 30;
function checkNoSuchProcess(err, syscall) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message,
                     `A system error occurred: ${syscall} returned ESRCH (no such process)`);
  assert.deepStrictEqual(err.info,
                         { errno: -3, code: 'ESRCH', message: 'no such process', syscall });
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, syscall);
  assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
  assert.match(err.stack, /^SystemError \[ERR_SYSTEM_ERROR\]: A system error occurred/);
  return true;
}
assert.throws(() => os.getPriority(missing), (err) => checkNoSuchProcess(err, 'uv_os_getpriority'));
assert.throws(() => os.setPriority(missing, 0), (err) => checkNoSuchProcess(err, 'uv_os_setpriority'));
