'use strict';
// Fields that built-in objects rewrite late in their life must not throw away optimized code.
// V8 treats an object field as constant until its first rewrite, and a new property gives an
// object a new map; at either, optimized functions that relied on the old state are discarded.
// A server hit both at its first closed or failed connection, long after its request path was
// optimized, and recompiled all of it at once (tide compiles on the loop thread): a latency spike.
// Each case below optimizes a function over the object, makes the late rewrite happen on another
// object of the same kind, and checks the function is still optimized. The control case shows the
// check does detect a discarded function on this V8.
// Run with --allow-natives-syntax (test-v8-late-field-rewrites.args).
const assert = require('assert');
const { Readable, Writable } = require('stream');

const { isOptimized, optimize } = require('../../fixtures/v8/optimization');

// Control: a field written once and rewritten later discards the code that read it.
class Plain { constructor() { this.value = 1; } }
function readPlain(o) { return o.value; }
optimize(readPlain, new Plain());
new Plain().value = 2;
assert.ok(!isOptimized(readPlain), 'the control case must be deoptimized by the rewrite');

// clearTimeout() rewrites _onTimeout; unref() rewrites the refed flag.
function readTimer(t) { return t._onTimeout !== null && t.hasRef(); }
const kept = setTimeout(() => {}, 1000);
optimize(readTimer, kept);
const other = setTimeout(() => {}, 1000);
other.unref();
clearTimeout(other);
assert.ok(isOptimized(readTimer), 'clearTimeout()/unref() discarded code reading timers');
clearTimeout(kept);

// A system error sets Error.stackTraceLimit to 0 and back while it is built; a server that has
// called listen() has had that happen already.
const server = require('net').createServer().listen(0, '127.0.0.1', () => server.close());
function readLimit() { return Error.stackTraceLimit; }
optimize(readLimit);
assert.throws(() => process.kill(2147483646, 0), { code: 'ESRCH', syscall: 'kill' });
assert.ok(isOptimized(readLimit), 'building a system error discarded code reading Error.stackTraceLimit');

// An errored stream keeps its states' maps: code that saw only healthy streams stays optimized.
function readStates(s) { return s._readableState.length + s._writableState.length; }
const { Duplex } = require('stream');
const healthy = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
healthy.on('error', () => {});
optimize(readStates, healthy);
const failing = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
failing.on('error', () => {});
failing.destroy(new Error('boom'));
readStates(failing);
assert.ok(isOptimized(readStates), 'an errored stream gave its states new maps');
assert.strictEqual(failing.errored.message, 'boom');
assert.strictEqual(failing._readableState.errored.message, 'boom');
assert.strictEqual(failing._writableState.errored.message, 'boom');
assert.strictEqual(healthy.errored, null);

// The errored value still reads and clears as Node's does.
const r = new Readable({ read() {} });
r.on('error', () => {});
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', () => {});
r.destroy(new Error('r'));
w.destroy(new Error('w'));
assert.strictEqual(r.readableAborted, true);
assert.strictEqual(r.errored.message, 'r');
assert.strictEqual(w.errored.message, 'w');

// A listening server has settled the system error's stack slot: building the first one afterwards
// rewrites no field (checked in a child with V8's --trace-generalization; a marker object's own
// rewrite puts a line in the same stream, so the order is V8's).
{
  const { spawnSync } = require('child_process');
  const script = `
    const server = require('net').createServer().listen(0, '127.0.0.1', () => {
      const marker = { tideMarkerField: 1 }; marker.tideMarkerField = 2;
      try { process.kill(2147483646, 0); } catch {}
      server.close();
    });`;
  const child = spawnSync(process.execPath, ['--trace-generalization', '-e', script],
                          { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  const after = child.stdout.slice(child.stdout.indexOf('tideMarkerField'));
  assert.ok(after.length > 0, 'no marker line in the trace');
  assert.doesNotMatch(after, /buildErrnoException|newErrorWithoutStack/);
}
