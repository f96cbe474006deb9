'use strict';
// Checked against Node 22.23 (/tmp/n22): node v20's runner differs (reports filtered tests as
// skipped, no 'Could not find', older reporters), so this test does not pass there.
// `--test`: Node's default file patterns (node_modules left out), each file in its own process,
// results aggregated with one numbering, a crashing file reported as a failure, exit code 1.
// A pattern that names nothing is an error.
const assert = require('assert');
const path = require('path');
const { run, fixtures } = require('./common');

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

// A file or pattern that names nothing: Node's message, exit code 1, nothing run.
{
  const r = run(['--test', 'nothere.js'], { cwd: discover });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /^Could not find 'nothere\.js'$/m);
  assert.strictEqual(r.stdout, '');
}
