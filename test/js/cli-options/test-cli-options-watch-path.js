'use strict';
// --watch with a run that fails ("Failed running", then a passing run), and --watch-path (a
// change anywhere under the path restarts, even in a file the script never loaded).

// node v20 prints "Completed running 'x'" without Node 22's ". Waiting for file changes before
// restarting..."; these tests follow Node 22 (and pass under it).

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const { dir, env, watch } = require('../../fixtures/cli-options/watch-harness');

(async () => {
  let out;
  out = await watch(['--watch', 'fail.js'], [
    () => fs.writeFileSync(path.join(dir, 'fail.js'), 'process.exitCode = 0;\n'),
  ]);
  assert.strictEqual(out,
                     "Failed running 'fail.js'. Waiting for file changes before restarting...\n" +
                     "Restarting 'fail.js'\n" +
                     "Completed running 'fail.js'. Waiting for file changes before restarting...\n");

  // --watch-path: a change anywhere under it, even in a file the script never loaded.
  fs.mkdirSync(path.join(dir, 'watched'));
  out = await watch(['--watch-path=watched', 'app.js'], [
    () => fs.writeFileSync(path.join(dir, 'watched', 'other.txt'), 'x'),
  ]);
  assert.match(out, /^run one \nCompleted running 'app\.js'\. .*\nRestarting 'app\.js'\nrun one \n/);

  fs.rmSync(dir, { recursive: true });
})().catch((err) => {
  fs.rmSync(dir, { recursive: true });
  throw err;
});
