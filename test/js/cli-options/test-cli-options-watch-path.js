'use strict';
// --watch with a run that fails ("Failed running", then a passing run), and --watch-path (a
// change anywhere under the path restarts, even in a file the script never loaded).

// node v20 prints "Completed running 'x'" without Node 22's ". Waiting for file changes before
// restarting..."; these tests follow Node 22 (and pass under it).

const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const env = { ...process.env };
delete env.NODE_OPTIONS;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-watch-'));
fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = "one";\n');
fs.writeFileSync(path.join(dir, 'esm-dep.mjs'), 'export default "esm-one";\n');
fs.writeFileSync(path.join(dir, 'app.js'),
                 'console.log("run", require("./dep"), process.argv.slice(2).join());\n');
fs.writeFileSync(path.join(dir, 'app.mjs'),
                 'import value from "./esm-dep.mjs";\nconsole.log("run", value);\n');
fs.writeFileSync(path.join(dir, 'fail.js'), 'process.exitCode = 2;\n');

// Runs `args` in watch mode; after each "Completed"/"Failed" line calls steps[n]() (which
// changes a file); resolves with stdout once the steps are done.
function watch(args, steps) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, env });
    let stdout = '';
    let ends = 0;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`timed out: ${stdout}`));
    }, 10000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const count = (stdout.match(/(Completed|Failed) running/g) || []).length;
      while (ends < count) {
        const step = steps[ends++];
        if (step) {
          step();
        } else {
          clearTimeout(timer);
          child.kill();
          child.on('exit', () => resolve(stdout));
        }
      }
    });
  });
}

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
