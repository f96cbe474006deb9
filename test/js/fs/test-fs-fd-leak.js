'use strict';
// Opening and closing 100,000 files (sync, callback and promise forms, and failed opens) leaves
// the process with the descriptors it started with.
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const countFds = () => fs.readdirSync('/proc/self/fd').length;
const f = join('f');
fs.writeFileSync(f, 'x');
const before = countFds();

for (let i = 0; i < 70000; i++) fs.closeSync(fs.openSync(f, 'r'));
for (let i = 0; i < 1000; i++) assert.throws(() => fs.openSync(join('none')), { code: 'ENOENT' });
for (let i = 0; i < 1000; i++) fs.readFileSync(f);
assert.strictEqual(countFds(), before);

(async () => {
  for (let batch = 0; batch < 150; batch++) {
    const handles = await Promise.all(Array.from({ length: 100 }, () => fs.promises.open(f)));
    await Promise.all(handles.map((h) => h.close()));
  }
  await Promise.all(Array.from({ length: 500 }, () => fs.promises.readFile(f)));
  let pending = 15000;
  await new Promise((resolve) => {
    for (let i = 0; i < 15000; i++) {
      fs.open(f, (err, fd) => {
        assert.ifError(err);
        fs.close(fd, (err2) => {
          assert.ifError(err2);
          if (--pending === 0) resolve();
        });
      });
    }
  });
  assert.strictEqual(countFds(), before);
})().then(mustCall());
