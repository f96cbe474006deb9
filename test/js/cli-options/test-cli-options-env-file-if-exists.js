'use strict';
// --env-file-if-exists (Node 22.9, 20.19): a missing file is reported on stderr and
// the program runs; an existing one is read as --env-file reads it.

const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'cli-options');
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.SECOND;

const r = spawnSync(process.execPath,
                    ['--env-file-if-exists=no-such.env', '--env-file-if-exists', 'second.env',
                     '-p', 'process.env.SECOND'],
                    { cwd: fixtures, env, encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'two\n');
assert.strictEqual(r.stderr, 'no-such.env not found. Continuing without it.\n');
