'use strict';
// -r / --require (CommonJS preloads, repeatable, resolved from the working directory) and
// --import (ES module preloads, awaited) run before the main script: a file, -e, -p, stdin, and
// in worker threads too.

const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'cli-options');
const env = { ...process.env };
delete env.NODE_OPTIONS;

function run(args, options = {}) {
  return spawnSync(process.execPath, args, { cwd: fixtures, env, encoding: 'utf8', ...options });
}
const order = 'console.log(JSON.stringify(globalThis.preloadOrder ?? []))';

// In order, with a file, -e, -p and stdin; -r and --require are the same option.
{
  const r = run(['-r', './preload-a.js', '--require', './preload-b', 'print-order.js']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '["a","b"]\n');
  assert.strictEqual(run(['--require=./preload-b.js', '-r', './preload-a.js', '-e', order]).stdout,
                     '["b","a"]\n');
  assert.strictEqual(run(['-r', './preload-a.js', '-p', 'preloadOrder.join()']).stdout, 'a\n');
  assert.strictEqual(run(['-r', './preload-a.js', '-'], { input: order }).stdout, '["a"]\n');
}
// --import is awaited before the main script, after the -r ones.
{
  const r = run(['--import', './preload-import.mjs', '-r', './preload-a.js', 'print-order.js']);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, '["a","import"]\n');
  assert.strictEqual(run(['--import=./preload-import.mjs', '-e', order]).stdout, '["import"]\n');
}
// From NODE_OPTIONS too (first), and the preloads are not the main module.
{
  const r = run(['-r', './preload-b.js', '-p',
                 'preloadOrder.join() + " " + (require.main === undefined)'],
                { env: { ...env, NODE_OPTIONS: '-r ./preload-a.js' } });
  assert.strictEqual(r.stdout, 'a,b true\n', r.stderr);
}
// A worker runs the parent's preloads before its own script.
{
  const code = 'const { Worker } = require("worker_threads"); ' +
    'new Worker("console.log(\\"worker\\", preloadOrder.join())", { eval: true })';
  const r = run(['-r', './preload-a.js', '-e', code]);
  assert.strictEqual(r.status, 0, r.stderr);
  assert.strictEqual(r.stdout, 'worker a\n');
  // A worker's own execArgv may carry -r (and an --env-file there, read once per process, is
  // accepted as Node accepts it).
  const own = 'const { Worker } = require("worker_threads"); ' +
    'new Worker("console.log(\\"worker\\", preloadOrder.join())", ' +
    '{ eval: true, execArgv: ["-r", "./preload-b.js", "--env-file=no-such.env"] })';
  const r2 = run(['-e', own]);
  assert.strictEqual(r2.status, 0, r2.stderr);
  assert.strictEqual(r2.stdout, 'worker b\n');
}
// A preload that cannot be found: the usual errors, exit 1, the main script does not run.
{
  const r = run(['-r', './no-such-preload', '-e', 'console.log("ran")']);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /Cannot find module '\.\/no-such-preload'/);
  assert.match(r.stderr, /code: 'MODULE_NOT_FOUND'/);
  const r2 = run(['--import', './no-such-preload.mjs', '-e', 'console.log("ran")']);
  assert.strictEqual(r2.status, 1);
  assert.strictEqual(r2.stdout, '');
  assert.match(r2.stderr, /ERR_MODULE_NOT_FOUND/);
}
// A missing argument.
for (const option of ['-r', '--require', '--import']) {
  const r = run([option]);
  assert.strictEqual(r.status, 9);
  assert.match(r.stderr, new RegExp(`^\\S+: ${option} requires an argument\\n$`));
}
