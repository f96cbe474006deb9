'use strict';
// A FileHandle dropped without close() has its descriptor closed after garbage collection, with
// Node's warning and the DEP0137 deprecation (once). Runs with --expose-gc (.args).
const assert = require('assert');
const fs = require('fs');
const { join, mustCall } = require('../../fixtures/fs/tmpdir.js');

const f = join('f');
fs.writeFileSync(f, 'x');
const countFds = () => fs.readdirSync('/proc/self/fd').length;
const before = countFds();
const warnings = [];
process.on('warning', (w) => warnings.push(w));

(async () => {
  for (let i = 0; i < 3; i++) await fs.promises.open(f);
  assert.strictEqual(countFds(), before + 3);
})().then(mustCall(() => {
  setTimeout(mustCall(() => {
    globalThis.gc();
    setTimeout(mustCall(() => {
      assert.strictEqual(countFds(), before);
      const gcWarnings = warnings.filter((w) => /^Closing file descriptor \d+ on garbage collection$/.test(w.message));
      assert.strictEqual(gcWarnings.length, 3);
      const dep = warnings.filter((w) => w.code === 'DEP0137');
      assert.strictEqual(dep.length, 1);
      assert.strictEqual(dep[0].name, 'DeprecationWarning');
    }), 50);
  }), 10);
}));
