'use strict';
// `--test`: Node's default file patterns (node_modules left out), each file in its own process,
// results aggregated with one numbering, a crashing file reported as a failure, exit code 1.
// Also --test-name-pattern and --test-only, in a single file and through --test.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { run, normalise, fixtures } = require('./common');

const discover = path.join(fixtures, 'discover');
{
  const r = run(['--test', '--test-reporter=spec'], { cwd: discover });
  assert.strictEqual(r.status, 1, r.stderr);
  const live = r.stdout.split('\n✖ failing tests:')[0];
  const lines = live.split('\n').filter((l) => /^[✔✖]/.test(l)).map((l) => l.replace(/ \(.*/, ''));
  assert.deepStrictEqual(lines, [
    '✔ from two.test',
    '✖ sub/crash-test.js',
    '✖ failing four',
    '✔ from test-three.mjs',
    '✔ from test dir',
  ]);
  assert.match(r.stdout, /ℹ tests 5\nℹ suites 0\nℹ pass 3\nℹ fail 2\n/);
  assert.match(r.stdout, /printed by two/);
  assert.doesNotMatch(r.stdout + r.stderr, /must not be run|must be skipped/);
}

// Files named on the command line (run in sorted order); all passing: exit 0, TAP numbering
// across files.
{
  const r = run(['--test', '--test-reporter=tap', 'test/one.js', 'sub/test-three.mjs'],
                { cwd: discover });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^ok 1 - from test-three\.mjs$/m);
  assert.match(r.stdout, /^ok 2 - from test dir$/m);
  assert.match(r.stdout, /^1\.\.2$/m);
}

// A glob.
{
  const r = run(['--test', '--test-reporter=tap', 'sub/*_test.cjs'], { cwd: discover });
  assert.strictEqual(r.status, 1);
  assert.match(r.stdout, /^not ok 1 - failing four$/m);
  assert.match(r.stdout, /^# tests 1$/m);
}

// --test-name-pattern: tests (and suites) that do not match are left out entirely.
{
  const r = run(['--test-reporter=spec', '--test-name-pattern=alpha', 'filter.js']);
  assert.strictEqual(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n').filter((l) => /^ *[✔✖▶]/.test(l)).map((l) => l.replace(/ \(.*/, ''));
  assert.deepStrictEqual(lines, ['✔ alpha', '▶ grp', '  ✔ alpha inner', '✔ grp']);
  assert.match(r.stdout, /ℹ tests 2\n/);
}

// --test-only: only the tests marked `only` run.
{
  const r = run(['--test-reporter=spec', '--test-only', 'filter.js']);
  assert.strictEqual(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n').filter((l) => /^ *[✔✖▶]/.test(l)).map((l) => l.replace(/ \(.*/, ''));
  assert.deepStrictEqual(lines, ['✔ beta']);
}

// Without --test-only, `only` is a diagnostic.
{
  const r = run(['--test-reporter=tap', 'filter.js']);
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /^# 'only' and 'runOnly' require the --test-only command-line option\.$/m);
  assert.match(r.stdout, /^# tests 4$/m);
}

// A file or pattern that names nothing: Node's message, exit code 1, nothing run.
{
  const r = run(['--test', 'nothere.js'], { cwd: discover });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /^Could not find 'nothere\.js'$/m);
  assert.strictEqual(r.stdout, '');
}

// `only` on suites and tests, t.runOnly(), concurrency: without --test-only everything runs with
// Node's diagnostics; with it only the marked ones (goldens from Node 22.23).
for (const [args, golden] of [[[], 'only-spec.txt'], [['--test-only'], 'only-spec-test-only.txt']]) {
  const r = run(['--test-reporter=spec', ...args, 'only.js']);
  const expected = fs.readFileSync(path.join(fixtures, 'expected', golden), 'utf8');
  assert.strictEqual(normalise(r.stdout + r.stderr), expected, golden);
}
