'use strict';
// whyAlive(): the referenced handles, requests, timers and immediates that keep the process
// running, each with the stack that created it once trackResources() is on. tide:diagnostics is
// tide's own module: this test does not run under node.
const assert = require('assert');
const net = require('net');
const diagnostics = require('tide:diagnostics');

assert.throws(() => diagnostics.trackResources('yes'), { code: 'ERR_INVALID_ARG_TYPE' });

// Created before tracking: listed, without a stack.
const early = setTimeout(function earlyTimer() {}, 10000);

diagnostics.trackResources(true);
const server = net.createServer().listen(0, function listening() {
  const interval = setInterval(function heartbeat() {}, 1000);
  const quiet = setInterval(function unreferenced() {}, 1000).unref();

  const alive = diagnostics.whyAlive();
  const serverEntry = alive.find((e) => e.type === 'TCPServerWrap');
  assert.ok(serverEntry, JSON.stringify(alive));
  assert.strictEqual(typeof serverEntry.fd, 'number');
  assert.match(serverEntry.stack, /test-diagnostics-why-alive\.js:15:/);

  const timer = alive.find((e) => e.type === 'Timeout' && e.callback === 'heartbeat');
  assert.ok(timer, JSON.stringify(alive));
  assert.strictEqual(timer.repeat, true);
  assert.strictEqual(timer.delay, 1000);
  assert.match(timer.stack, /setInterval/);
  assert.match(timer.stack, /test-diagnostics-why-alive\.js:16:/);

  const earlyEntry = alive.find((e) => e.type === 'Timeout' && e.callback === 'earlyTimer');
  assert.ok(earlyEntry);
  assert.strictEqual(earlyEntry.stack, undefined);
  assert.ok(!alive.some((e) => e.callback === 'unreferenced'));

  const text = diagnostics.formatWhyAlive(alive);
  assert.match(text, /^\d+ resources keep the event loop alive:\n/);
  assert.match(text, /- TCPServerWrap \(fd \d+\)\n {4}at /);
  assert.match(text, /- Timeout heartbeat, every 1000 ms\n/);
  assert.match(text, /- Timeout earlyTimer, in 10000 ms\n {4}\(created before trackResources/);

  // A request in flight, with its stack.
  require('fs').stat(__filename, function statDone() {
    server.close();
    clearInterval(interval);
    clearTimeout(early);
    clearInterval(quiet);
    setImmediate(() => {
      const left = diagnostics.whyAlive();
      assert.ok(!left.some((e) => e.type === 'TCPServerWrap' || e.type === 'Timeout'),
                JSON.stringify(left));
      diagnostics.trackResources(false);
      assert.strictEqual(diagnostics.formatWhyAlive([]), 'Nothing keeps the event loop alive.\n');
    });
  });
  const request = diagnostics.whyAlive().find((e) => e.type === 'FSReqCallback');
  assert.ok(request);
  assert.match(request.stack, /test-diagnostics-why-alive\.js:44:/);
});

// whyAliveOnSignal(): the list on stderr whenever the signal comes.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['--track-resources', '-e', `
  const diagnostics = require('tide:diagnostics');
  diagnostics.whyAliveOnSignal('SIGUSR2');
  const keepAlive = setInterval(function keepAlive() {}, 1000);
  setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 5);
  setTimeout(() => { diagnostics.whyAliveOnSignal(false); clearInterval(keepAlive); }, 100);
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.match(child.stderr, /resources? keeps? the event loop alive:\n/);
assert.match(child.stderr, /- Timeout keepAlive, every 1000 ms\n {4}at setInterval/);
