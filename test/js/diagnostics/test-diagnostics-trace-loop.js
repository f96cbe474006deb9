'use strict';
// --trace-loop=FILE and startTrace()/stopTrace(): Chrome trace-event JSON with the loop's
// iterations and phases, a span per callback into JavaScript (kind, function, location), tick
// drains, GC pauses and thread-pool work. tide:diagnostics is tide's own module: this test does not
// run under node.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const diagnostics = require('tide:diagnostics');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tide-trace-'));
const fixture = path.join(__dirname, '..', '..', 'fixtures', 'diagnostics', 'traced.js');
const file = path.join(dir, 'trace.json');

const child = spawnSync(process.execPath, ['--expose-gc', `--trace-loop=${file}`, fixture],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const events = JSON.parse(fs.readFileSync(file, 'utf8'));
assert.ok(Array.isArray(events));
const named = (cat, name) => events.filter((e) => e.cat === cat && e.name === name);

for (const e of events) {
  assert.strictEqual(typeof e.ph, 'string');
  assert.strictEqual(typeof e.pid, 'number');
  if (e.ph === 'X') assert.ok(e.ts >= 0 && e.dur >= 0, JSON.stringify(e));
}
// Iterations and their phases.
assert.ok(named('loop', 'iteration').length >= 2);
assert.ok(named('phase', 'timers + pending').length >= 2);
assert.ok(named('phase', 'poll').length >= 2);
assert.ok(named('phase', 'check + close + timers').length >= 2);
assert.strictEqual(typeof named('phase', 'poll')[0].args.idle_ms, 'number');

// The callbacks, by their own names.
const timer = named('callback', 'knownCallback');
assert.strictEqual(timer.length, 1);
assert.strictEqual(timer[0].args.kind, 'timeout');
assert.match(timer[0].args.location, /traced\.js:5:/);
const immediate = named('callback', 'knownImmediate');
assert.strictEqual(immediate.length, 1);
assert.strictEqual(immediate[0].args.kind, 'immediate');
// The timer's span lies inside the dispatching processTimers span.
const dispatch = named('callback', 'processTimers').find((e) => e.ts <= timer[0].ts &&
  e.ts + e.dur >= timer[0].ts + timer[0].dur);
assert.ok(dispatch, 'processTimers span around knownCallback');
assert.ok(events.some((e) => e.cat === 'callback' && e.args.kind === 'I/O'));

// Thread-pool work: the fs request and the zlib job (queued → wait → run → done).
assert.ok(events.some((e) => e.cat === 'threadpool' && e.name === 'fs request' && e.ph === 'b'));
assert.ok(events.some((e) => e.cat === 'threadpool' && e.name === 'zlib job' && e.ph === 'e'));
assert.ok(events.some((e) => e.cat === 'threadpool' && e.name === 'run' && e.ph === 'b'));
// The forced GC.
assert.ok(events.some((e) => e.cat === 'gc'), 'a GC span');
assert.ok(events.some((e) => e.cat === 'drain'));

// In-process: a trace started and stopped from JavaScript.
const file2 = path.join(dir, 'trace2.json');
assert.strictEqual(diagnostics.isTracing(), false);
diagnostics.startTrace(file2);
assert.strictEqual(diagnostics.isTracing(), true);
setTimeout(function tracedTimer() {
  setTimeout(() => setTimeout(() => {
    diagnostics.stopTrace();
    assert.strictEqual(diagnostics.isTracing(), false);
    const events2 = JSON.parse(fs.readFileSync(file2, 'utf8'));
    assert.ok(events2.some((e) => e.name === 'tracedTimer' && e.args.kind === 'timeout'));
    assert.ok(events2.some((e) => e.cat === 'phase' && e.name === 'poll'));
    fs.rmSync(dir, { recursive: true });
  }, 5), 5);
}, 5);

// Errors.
assert.throws(() => diagnostics.startTrace(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => diagnostics.startTrace(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => diagnostics.startTrace(path.join(dir, 'no', 'such', 'dir.json')),
              { code: 'ENOENT', syscall: 'open' });
const bad = spawnSync(process.execPath, [`--trace-loop=${path.join(dir, 'no', 'x.json')}`, '-e', '0'],
                      { encoding: 'utf8' });
assert.strictEqual(bad.status, 9);
assert.match(bad.stderr, /--trace-loop: ENOENT/);
