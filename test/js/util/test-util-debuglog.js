'use strict';
// util.debuglog: sections named in NODE_DEBUG (comma separated, * wildcards, any case) log
// "SECTION PID: message" to stderr; other sections are silent. Runs itself as a child process
// with NODE_DEBUG set.

const assert = require('assert');
const util = require('util');

if (process.argv[2] === 'child') {
  const log = util.debuglog('tide_test');
  const wild = util.debuglog('wildcard_section');
  const off = util.debuglog('not_listed');
  process.stdout.write(`${log.enabled} ${wild.enabled} ${off.enabled}\n`);
  log('hello %s', 'world', { a: 1 });
  off('never printed');
  let received;
  const withCallback = util.debuglog('TIDE_TEST', (fn) => { received = typeof fn; });
  withCallback('via callback');
  withCallback('again');
  wild(42);
  process.stdout.write(`${received}\n`);
  return;
}

// Without NODE_DEBUG naming it, a section is disabled and logging does nothing.
const quiet = util.debuglog('tide_quiet_section');
assert.strictEqual(typeof quiet, 'function');
assert.strictEqual(quiet.enabled, false);
quiet('nothing');
assert.strictEqual(util.debug, util.debuglog);

const { spawnSync } = require('child_process');
const env = { ...process.env, NODE_DEBUG: 'other,tide_test,WILD*' };
delete env.FORCE_COLOR;
delete env.NODE_OPTIONS;
const child = spawnSync(process.execPath, [__filename, 'child'], { env, encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'true true false\nfunction\n');
const pid = child.pid;
assert.strictEqual(child.stderr,
                   `TIDE_TEST ${pid}: hello world { a: 1 }\n` +
                   `TIDE_TEST ${pid}: via callback\n` +
                   `TIDE_TEST ${pid}: again\n` +
                   `WILDCARD_SECTION ${pid}: 42\n`);
