'use strict';
// Many workers started and ended leave no thread or descriptor behind; nested workers work; a
// worker kept alive by a timer does not keep the parent alive once unref'd (the test ends).
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

const counts = () => [fs.readdirSync('/proc/self/fd').length,
                      fs.readdirSync('/proc/self/task').length];

function startAndEnd() {
  return new Promise((resolve) => {
    const w = new Worker('require("worker_threads").parentPort.postMessage("up")', { eval: true });
    w.once('message', () => w.terminate());
    w.once('exit', resolve);
  });
}

(async () => {
  await startAndEnd();  // the first makes what stays for the process (the message-port waker)
  const before = counts();
  for (let i = 0; i < 6; i++) await startAndEnd();
  await Promise.all([startAndEnd(), startAndEnd()]);
  const after = counts();
  assert.deepStrictEqual(after, before);

  const nested = new Worker(`
    const { Worker, parentPort, threadId } = require('worker_threads');
    const inner = new Worker('require("worker_threads").parentPort.postMessage(' +
                             'require("worker_threads").threadId)', { eval: true });
    inner.on('message', (id) => parentPort.postMessage([threadId, id]));
  `, { eval: true });
  const [outer, inner] = await new Promise((resolve) => nested.once('message', resolve));
  assert.ok(inner > outer && outer > 0);

  const forever = new Worker('setInterval(() => {}, 1000)', { eval: true });
  forever.unref();
  forever.on('exit', () => assert.fail('the parent ends first'));
  console.log('ok');
})();
