'use strict';
// tide only: Node options tide does not implement exit 9 with a message naming the option (never
// silently ignored). (node accepts them, so this test is tide's alone.)

const assert = require('assert');
const { spawnSync } = require('child_process');

if (!process.versions.tide) process.exit(0);
const env = { ...process.env };
delete env.NODE_OPTIONS;
for (const option of ['--no-experimental-require-module',
                      '--inspect', '--inspect=9229', '--experimental-loader=./x.mjs', '--check',
                      '--cpu-prof', '--experimental-websocket']) {
  const r = spawnSync(process.execPath, [option, '-e', 'console.log("ran")'],
                      { env, encoding: 'utf8' });
  assert.strictEqual(r.status, 9, option);
  assert.strictEqual(r.stdout, '', option);
  assert.strictEqual(r.stderr, `tide: ${option.split('=')[0]} is not supported by tide\n`, option);
}
