'use strict';
// A failed fs/promises call's error carries the `at async` frames of the code awaiting it, so its
// stack points at the caller (as Node's does); callback errors are plain system errors.
const assert = require('assert');
const fsp = require('fs/promises');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

async function callerReadingAFile() {
  await fsp.readFile(join('missing'));
}
async function callerStatting() {
  await fsp.stat(join('missing'));
}

(async () => {
  await assert.rejects(callerReadingAFile(), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.match(err.stack, /^Error: ENOENT: no such file or directory, open '.*missing'\n/);
    assert.match(err.stack, /at async callerReadingAFile \(.*test-fs-promises-error-stack\.js:9:/);
    return true;
  });
  await assert.rejects(callerStatting(), (err) => {
    assert.match(err.stack, /at async callerStatting \(.*test-fs-promises-error-stack\.js:12:/);
    return true;
  });
})().then(mustCall());
