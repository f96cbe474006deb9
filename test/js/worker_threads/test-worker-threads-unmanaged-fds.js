'use strict';
// trackUnmanagedFds (default true): descriptors a worker opened with fs.open/openSync and did not
// close are closed when it ends; with false they stay open.
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

function openInWorker(options) {
  return new Promise((resolve) => {
    const w = new Worker(`
      const fs = require('fs');
      const { parentPort } = require('worker_threads');
      const closed = fs.openSync('/dev/null', 'r');
      fs.closeSync(closed);
      fs.open('/dev/null', 'r', (err, fd) => parentPort.postMessage(fs.openSync('/dev/null') + ',' + fd));
    `, { eval: true, ...options });
    let fds;
    w.on('message', (m) => { fds = m.split(',').map(Number); });
    w.on('exit', () => resolve(fds));
  });
}

function isOpen(fd) {
  try {
    fs.fstatSync(fd);
    return true;
  } catch (e) {
    assert.strictEqual(e.code, 'EBADF');
    return false;
  }
}

(async () => {
  let fds = await openInWorker({});
  assert.deepStrictEqual(fds.map(isOpen), [false, false]);
  fds = await openInWorker({ trackUnmanagedFds: false });
  assert.deepStrictEqual(fds.map(isOpen), [true, true]);
  for (const fd of fds) fs.closeSync(fd);
  console.log('ok');
})();
