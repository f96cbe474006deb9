'use strict';
// Helpers for the node:test tests: run a fixture in a child and normalise what changes per run.
const { spawnSync } = require('child_process');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'test_runner');

function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? fixtures, encoding: 'utf8', env: { ...process.env, ...options.env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Durations vary; stack frames differ between runtimes (only the user's first frame is kept).
function normalise(text) {
  return text
    .replace(/duration_ms: [\d.e-]+/g, 'duration_ms: *')
    .replace(/duration_ms [\d.e-]+/g, 'duration_ms *')
    .replace(/\([\d.e-]+ms\)/g, '(*ms)')
    .split('\n')
    .filter((line) => !/node:(internal|async_hooks|test:)|\((<|&lt;)anonymous>\)|processTicksAndRejections/
      .test(line))
    .join('\n')
    .replace(/time="[\d.]+"/g, 'time="*"')
    .replace(/hostname="[^"]*"/g, 'hostname="*"')
    .replaceAll(fixtures, '{DIR}');
}

module.exports = { run, normalise, fixtures };
