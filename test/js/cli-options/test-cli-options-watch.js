'use strict';
// --watch: the script runs in a child process; when a file it loaded (CommonJS or ES module)
// changes, Node's "Restarting" line and a new run; each run ends with "Completed running" (exit 0)
// or "Failed running". --env-file's files are watched and read afresh. Without a file: exit 9.

// node v20 prints "Completed running 'x'" without Node 22's ". Waiting for file changes before
// restarting..."; these tests follow Node 22 (and pass under it).

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const { dir, env, watch } = require('../../fixtures/cli-options/watch-harness');

(async () => {
  // CommonJS: a dependency changes.
  let out = await watch(['--watch', 'app.js', 'x', 'y'], [
    () => fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = "two";\n'),
  ]);
  assert.strictEqual(out,
                     'run one x,y\n' +
                     "Completed running 'app.js x y'. Waiting for file changes before restarting...\n" +
                     "Restarting 'app.js x y'\n" +
                     'run two x,y\n' +
                     "Completed running 'app.js x y'. Waiting for file changes before restarting...\n");

  // An ES module graph, and a failing run.
  out = await watch(['--watch', 'app.mjs'], [
    () => fs.writeFileSync(path.join(dir, 'esm-dep.mjs'), 'export default "esm-two";\n'),
  ]);
  assert.match(out, /^run esm-one\nCompleted running 'app\.mjs'\. .*\nRestarting 'app\.mjs'\nrun esm-two\n/);
  // --env-file is watched too, and a restart reads the changed value.
  fs.writeFileSync(path.join(dir, '.env'), 'WATCHED_VALUE=1\n');
  fs.writeFileSync(path.join(dir, 'env.js'), 'console.log("value", process.env.WATCHED_VALUE);\n');
  out = await watch(['--watch', '--env-file=.env', 'env.js'], [
    () => fs.writeFileSync(path.join(dir, '.env'), 'WATCHED_VALUE=2\n'),
  ]);
  assert.match(out, /^value 1\nCompleted running 'env\.js'\. .*\nRestarting 'env\.js'\nvalue 2\n/);

  // Errors.
  for (const [args, message] of [[['--watch', '-e', '1'], 'either --watch or --eval can be used, not both'],
                                 [['--watch'], '--watch requires specifying a file']]) {
    const r = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    assert.strictEqual(r.status, 9);
    assert.match(r.stderr, new RegExp(`^\\S+: ${message}\\n$`));
  }
  fs.rmSync(dir, { recursive: true });
})().catch((err) => {
  fs.rmSync(dir, { recursive: true });
  throw err;
});
