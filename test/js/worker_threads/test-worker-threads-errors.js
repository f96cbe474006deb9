'use strict';
// Failures reach the parent's 'error' event with the original kind, message, stack and code, and
// the worker exits with 1: a throw at start, a missing script, an unhandled rejection, posting an
// uncloneable value, an operation workers may not do.
const assert = require('assert');
const { Worker } = require('worker_threads');

function failure(source, options = { eval: true }) {
  return new Promise((resolve) => {
    const w = new Worker(source, options);
    let error;
    w.on('error', (e) => { error = e; });
    w.on('exit', (code) => resolve({ error, code }));
  });
}

(async () => {
  let { error, code } = await failure('throw new TypeError("boom")');
  assert.strictEqual(code, 1);
  assert.ok(error instanceof TypeError);
  assert.strictEqual(error.message, 'boom');
  // (Node puts the source line with a caret before the stack.)
  assert.match(error.stack, /TypeError: boom\n {4}at \[worker eval\]:1:7/);

  ({ error, code } = await failure('/nonexistent/worker-script.js', {}));
  assert.strictEqual(code, 1);
  assert.strictEqual(error.code, 'MODULE_NOT_FOUND');
  assert.match(error.message, /^Cannot find module '\/nonexistent\/worker-script\.js'/);

  ({ error, code } = await failure('Promise.reject(new RangeError("rejected"))'));
  assert.strictEqual(code, 1);
  assert.ok(error instanceof RangeError);
  assert.strictEqual(error.message, 'rejected');

  ({ error, code } = await failure(
    'require("worker_threads").parentPort.postMessage({ f() {} })'));
  assert.strictEqual(code, 1);
  assert.strictEqual(error.name, 'DataCloneError');
  assert.strictEqual(error.message, 'f() {} could not be cloned.');

  ({ error, code } = await failure('const e = new Error("x"); e.code = "E_CUSTOM"; e.extra = [1]; throw e'));
  assert.strictEqual(error.code, 'E_CUSTOM');
  assert.deepStrictEqual(error.extra, [1]);

  ({ error, code } = await failure('process.chdir("/")'));
  assert.strictEqual(code, 1);
  assert.strictEqual(error.code, 'ERR_WORKER_UNSUPPORTED_OPERATION');
  assert.strictEqual(error.message, 'process.chdir() is not supported in workers');
  assert.ok(error instanceof TypeError);

  ({ error, code } = await failure('process.umask(0o22)'));
  assert.strictEqual(error.message, 'Setting process.umask() is not supported in workers');

  // Handled in the worker: no 'error', the worker goes on.
  ({ error, code } = await failure(
    'process.on("uncaughtException", () => process.exit(5)); throw new Error("x")'));
  assert.strictEqual(error, undefined);
  assert.strictEqual(code, 5);

  // Without an 'error' listener the worker's error is the parent's uncaught exception.
  const w = new Worker('throw new Error("unhandled in parent")', { eval: true });
  process.once('uncaughtException', (e) => {
    assert.strictEqual(e.message, 'unhandled in parent');
    w.on('exit', (c) => {
      assert.strictEqual(c, 1);
      console.log('ok');
    });
  });
})();
