'use strict';
// Workers from an absolute path, a './' path, a file: URL and an ES module; Node's path errors.
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { Worker } = require('worker_threads');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'worker_threads');
const echo = path.join(fixtures, 'echo.js');

assert.throws(() => new Worker('echo.js'), {
  code: 'ERR_WORKER_PATH',
  name: 'TypeError',
  message: 'The worker script or module filename must be an absolute path or a relative path ' +
    'starting with \'./\' or \'../\'. Received "echo.js"',
});
assert.throws(() => new Worker(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Worker(new URL('http://example.com/x.js')), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => new Worker(pathToFileURL(echo), { eval: true }), {
  code: 'ERR_INVALID_ARG_VALUE',
});

function firstMessage(worker) {
  return new Promise((resolve, reject) => {
    worker.once('message', (m) => {
      worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

(async () => {
  let m = await firstMessage(new Worker(echo, { workerData: 1, argv: ['x'] }));
  assert.deepStrictEqual(m, { hello: true, workerData: 1, isMainThread: false, threadId: m.threadId,
                              argv: ['x'] });
  process.chdir(fixtures);
  m = await firstMessage(new Worker('./echo.js', { workerData: 2 }));
  assert.strictEqual(m.workerData, 2);
  m = await firstMessage(new Worker(pathToFileURL(echo), { workerData: 3 }));
  assert.strictEqual(m.workerData, 3);
  const mjs = path.join(fixtures, 'module.mjs');
  m = await firstMessage(new Worker(mjs, { workerData: 4 }));
  assert.deepStrictEqual(m, { esm: true, workerData: 4, url: pathToFileURL(mjs).href });
  m = await firstMessage(new Worker(pathToFileURL(mjs), { workerData: 5 }));
  assert.strictEqual(m.workerData, 5);
  console.log('ok');
})();
