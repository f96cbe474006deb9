'use strict';
// threadPool(): per kind of pool work, how much waits, runs, has completed, and how long it waited
// and ran; warnPoolWait() reports work that waited for a full pool. tide:diagnostics is tide's own
// module: this test does not run under node.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const dns = require('dns');
const { spawnSync } = require('child_process');
const diagnostics = require('tide:diagnostics');

const before = diagnostics.threadPool();
assert.strictEqual(typeof before.size, 'number');
for (const kind of ['fs', 'dns', 'crypto', 'zlib', 'other']) {
  const s = before[kind];
  assert.deepStrictEqual(Object.keys(s),
                         ['queued', 'running', 'inFlight', 'completed', 'wait', 'run', 'latency']);
  assert.deepStrictEqual(Object.keys(s.wait), ['total', 'max', 'mean']);
}

let pending = 5;
function done() {
  if (--pending > 0) return;
  const after = diagnostics.threadPool();
  assert.ok(after.fs.completed >= before.fs.completed + 2, JSON.stringify(after.fs));
  assert.ok(after.crypto.completed >= before.crypto.completed + 1);
  assert.ok(after.crypto.run.total > 0);
  assert.ok(after.crypto.run.max >= after.crypto.run.mean);
  assert.ok(after.zlib.completed >= before.zlib.completed + 1);
  assert.ok(after.dns.completed >= before.dns.completed + 1);
  assert.ok(after.dns.latency.total > 0);
  assert.strictEqual(after.fs.inFlight, 0);
  assert.strictEqual(after.crypto.queued, 0);
  assert.strictEqual(after.crypto.running, 0);
}
fs.stat(__filename, done);  // libuv's own fs request: latency only
fs.promises.mkdir(path.join(__dirname, '.'), { recursive: true }).then(done);  // a pool job
crypto.pbkdf2('a', 'b', 1000, 16, 'sha256', done);
zlib.gzip('hello', done);
dns.lookup('localhost', done);
// In flight right now.
assert.ok(diagnostics.threadPool().crypto.inFlight >= 1);

// Saturation: one thread, four slow jobs.
const child = spawnSync(process.execPath,
                        [path.join(__dirname, '..', '..', 'fixtures', 'diagnostics',
                                   'pool-saturated.js')],
                        { encoding: 'utf8', env: { ...process.env, UV_THREADPOOL_SIZE: '1' } });
assert.strictEqual(child.status, 0, child.stderr);
const summary = JSON.parse(child.stdout);
assert.strictEqual(summary.completed, 4);
assert.ok(summary.maxWait >= 30, child.stdout);
assert.match(child.stderr, /\(tide\) thread pool saturated: crypto work waited \d+ ms for a thread \(pool size 1; in flight now: crypto \d+\)/);
assert.strictEqual(child.stderr.match(/saturated/g).length, 1);

assert.throws(() => diagnostics.warnPoolWait(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => diagnostics.warnPoolWait('1'), { code: 'ERR_INVALID_ARG_TYPE' });
