'use strict';
// Checked against Node 22.23 (/tmp/n22): node v20's runner differs (reports filtered tests as
// skipped, no 'Could not find', older reporters), so this test does not pass there.
// --test-name-pattern and --test-only in a single file: tests left out are not reported; `only`
// on suites and tests, t.runOnly(), and Node's diagnostics when --test-only is absent.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { run, normalise, fixtures } = require('./common');

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

// `only` on suites and tests, t.runOnly(), concurrency: without --test-only everything runs with
// Node's diagnostics; with it only the marked ones (goldens from Node 22.23).
for (const [args, golden] of [[[], 'only-spec.txt'], [['--test-only'], 'only-spec-test-only.txt']]) {
  const r = run(['--test-reporter=spec', ...args, 'only.js']);
  const expected = fs.readFileSync(path.join(fixtures, 'expected', golden), 'utf8');
  assert.strictEqual(normalise(r.stdout + r.stderr), expected, golden);
}
