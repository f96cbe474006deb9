'use strict';
// --env-file (repeatable: a later file's value wins; the environment's own value wins over
// every file; NODE_OPTIONS may come from a file), a missing file (exit 9), and
// process.loadEnvFile() and util.parseEnv() reading the same dotenv grammar.

const assert = require('assert');
const path = require('path');
const util = require('util');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'cli-options');
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.SHARED;
delete env.FIRST;

function run(args, extraEnv = {}) {
  return spawnSync(process.execPath, args,
                   { cwd: fixtures, env: { ...env, ...extraEnv }, encoding: 'utf8' });
}
const keys = ['FIRST', 'SHARED', 'SECOND', 'EXPORTED', 'QUOTED', 'MULTI', 'ESCAPED', 'SINGLE',
              'UNQUOTED'];
const show = `console.log(JSON.stringify([${keys.map((k) => `process.env.${k}`)}, ` +
  'process.title, process.execArgv.length]))';

{
  const r = run(['--env-file=first.env', '--env-file', 'second.env', '-e', show],
                { FIRST: 'from-shell' });
  assert.strictEqual(r.status, 0, r.stderr);
  assert.deepStrictEqual(JSON.parse(r.stdout), [
    'from-shell', 'from-second', 'two', 'yes', 'a # not a comment', 'line1\nline2', 'x\ny',
    'keep \\n as is', 'trimmed value', 'from-env-file', 5,
  ]);
}
// The same file through process.loadEnvFile() and util.parseEnv().
{
  const r = run(['-e', `process.loadEnvFile("first.env"); process.loadEnvFile("second.env"); ${show}`],
                { FIRST: 'from-shell' });
  assert.strictEqual(r.status, 0, r.stderr);
  // A later file does not override what the environment now has; the title was set at start-up.
  assert.deepStrictEqual(JSON.parse(r.stdout).slice(0, 9), [
    'from-shell', 'from-first', 'two', 'yes', 'a # not a comment', 'line1\nline2', 'x\ny',
    'keep \\n as is', 'trimmed value',
  ]);
  const parsed = util.parseEnv(require('fs').readFileSync(path.join(fixtures, 'first.env'), 'utf8'));
  assert.strictEqual(parsed.MULTI, 'line1\nline2');
  assert.strictEqual(parsed.EXPORTED, 'yes');
  assert.strictEqual(parsed.UNQUOTED, 'trimmed value');
  assert.strictEqual(parsed.NODE_OPTIONS, '--title=from-env-file');
}
// process.loadEnvFile(): ./.env by default; a missing file throws ENOENT.
{
  assert.throws(() => process.loadEnvFile(path.join(fixtures, 'no-such.env')), { code: 'ENOENT' });
  const r = run(['-e', 'try { process.loadEnvFile() } catch (e) { console.log(e.code, e.path) }']);
  assert.strictEqual(r.stdout, 'ENOENT .env\n');
  assert.throws(() => process.loadEnvFile(42), { code: 'ERR_INVALID_ARG_TYPE' });
}
// A missing --env-file: exit 9 before anything runs.
{
  const r = run(['--env-file=no-such.env', '-e', 'console.log("ran")']);
  assert.strictEqual(r.status, 9);
  assert.strictEqual(r.stdout, '');
  assert.match(r.stderr, /^\S+: no-such\.env: not found\n$/);
  const r2 = run(['--env-file']);
  assert.strictEqual(r2.status, 9);
  assert.match(r2.stderr, /^\S+: --env-file requires an argument\n$/);
}
